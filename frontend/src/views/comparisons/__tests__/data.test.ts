import { describe, expect, it } from 'vitest'
import { ComparisonDifference as D, ComparisonKind, Role } from '@/api/generated/graphql'
import { canRunComparisons, columnKeys, differenceCounts, reportScope, rowsOf, runRequest } from '../data'

const rows = [
  { seq: 1, difference: D.NO_POWER_ITEM },
  { seq: 2, difference: D.LEVEL_DIFFERS },
  { seq: 3, difference: D.NO_POWER_ITEM },
]

describe('comparison report helpers', () => {
  it('counts every difference of the kind, zeros included, in display order', () => {
    expect(differenceCounts(ComparisonKind.FUSION, rows)).toEqual([
      { difference: D.NO_POWER_ITEM, count: 2 },
      { difference: D.NO_SERVICE_ITEM, count: 0 },
      { difference: D.LEVEL_DIFFERS, count: 1 },
    ])
    expect(differenceCounts(ComparisonKind.CROSS_LEVEL, []).map((c) => c.difference)).toEqual([
      D.MISSING,
      D.EXTRA,
      D.TYPE_DIFFERS,
      D.LEVEL_DIFFERS,
    ])
  })

  it('filters rows by difference, all rows without one', () => {
    expect(rowsOf(rows, D.NO_POWER_ITEM).map((r) => r.seq)).toEqual([1, 3])
    expect(rowsOf(rows, null)).toHaveLength(3)
  })

  it('names the scope of both kinds', () => {
    expect(reportScope({ subjectUnit: { name: '清河区生态环境局' }, referenceUnit: { name: '江州市生态环境局' } })).toBe(
      '清河区生态环境局 ↔ 江州市生态环境局',
    )
    expect(reportScope({ subjectUnit: { name: '清河区' }, referenceUnit: null })).toBe('清河区')
  })

  it('labels the value columns by kind', () => {
    expect(columnKeys(ComparisonKind.FUSION).subject).toBe('comparisons.columns.serviceSide')
    expect(columnKeys(ComparisonKind.CROSS_LEVEL).reference).toBe('comparisons.columns.citySide')
  })

  it('lets only the establishment office run comparisons', () => {
    expect(canRunComparisons([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(canRunComparisons([Role.DEPARTMENT, Role.LEADER])).toBe(false)
  })

  it('checks a new run before sending it', () => {
    expect(runRequest(ComparisonKind.FUSION, '5', null)).toEqual({
      ok: true,
      kind: ComparisonKind.FUSION,
      subjectUnitId: '5',
      referenceUnitId: null,
    })
    expect(runRequest(ComparisonKind.FUSION, null, null)).toEqual({ ok: false, missing: 'comparisons.run.subjectMissing' })
    expect(runRequest(ComparisonKind.CROSS_LEVEL, '5', null)).toEqual({
      ok: false,
      missing: 'comparisons.run.referenceMissing',
    })
    expect(runRequest(ComparisonKind.CROSS_LEVEL, '5', '5')).toEqual({ ok: false, missing: 'comparisons.run.sameUnit' })
    expect(runRequest(ComparisonKind.CROSS_LEVEL, '5', '7')).toMatchObject({ ok: true, referenceUnitId: '7' })
  })
})
