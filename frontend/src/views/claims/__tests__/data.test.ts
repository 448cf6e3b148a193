import { describe, expect, it } from 'vitest'
import { Role } from '@/api/generated/graphql'
import {
  canClaimFor,
  changingCodes,
  compareRates,
  formatRate,
  inspectionInput,
  ratePercent,
  rateStatus,
  sortByRate,
} from '../data'

describe('claim rate and coverage helpers', () => {
  it('formats rates with one decimal, never showing 100% below the target', () => {
    expect(formatRate(1)).toBe('100.0%')
    expect(formatRate(0.9996)).toBe('99.9%')
    expect(formatRate(7 / 8)).toBe('87.5%')
    expect(formatRate(0)).toBe('0.0%')
    expect(formatRate(null)).toBe('—')
    expect(formatRate(undefined)).toBe('—')
  })

  it('gives the progress bar whole percentages, rounded down and bounded', () => {
    expect(ratePercent(0.999)).toBe(99)
    expect(ratePercent(1)).toBe(100)
    expect(ratePercent(null)).toBe(0)
  })

  it('colours the target as success and anything below as a warning', () => {
    expect(rateStatus(1)).toBe('success')
    expect(rateStatus(0.99)).toBe('warning')
    expect(rateStatus(null)).toBeUndefined()
  })

  it('sorts the furthest from the target first, units without figures last', () => {
    const rows = [
      { code: 'a', claimRate: 0.9, coverage: null },
      { code: 'b', claimRate: null, coverage: 0.5 },
      { code: 'c', claimRate: 0.4, coverage: 1 },
    ]
    expect(sortByRate(rows, 'claimRate').map((r) => r.code)).toEqual(['c', 'a', 'b'])
    expect(sortByRate(rows, 'claimRate', true).map((r) => r.code)).toEqual(['a', 'c', 'b'])
    expect(sortByRate(rows, 'coverage').map((r) => r.code)).toEqual(['b', 'c', 'a'])
    expect(compareRates(null, null)).toBe(0)
  })

  it('sends only the codes a claim or an unclaim would change', () => {
    const entries = [
      { catalogueCode: 'X1', claimed: true },
      { catalogueCode: 'X2', claimed: false },
    ]
    expect(changingCodes(entries, true)).toEqual(['X2'])
    expect(changingCodes(entries, false)).toEqual(['X1'])
  })

  it('lets a department claim for itself and the office for anyone', () => {
    expect(canClaimFor({ roles: [Role.DEPARTMENT], unitId: '10' }, '10')).toBe(true)
    expect(canClaimFor({ roles: [Role.DEPARTMENT], unitId: '10' }, '11')).toBe(false)
    expect(canClaimFor({ roles: [Role.ESTABLISHMENT_OFFICE], unitId: '3' }, '11')).toBe(true)
    expect(canClaimFor({ roles: [Role.LEADER], unitId: '1' }, '1')).toBe(false)
  })

  it('checks an inspection before recording it', () => {
    const form = { itemId: '7', date: '2026-11-20', objectCount: 3, note: '  双随机抽查 ' }
    expect(inspectionInput(form, '2026-11-24')).toEqual({
      ok: true,
      input: { itemId: '7', date: '2026-11-20', objectCount: 3, note: '双随机抽查' },
    })
    expect(inspectionInput({ ...form, note: ' ' }, '2026-11-24')).toMatchObject({ ok: true, input: { note: null } })
    expect(inspectionInput({ ...form, itemId: null }, '2026-11-24')).toEqual({
      ok: false,
      problem: 'claims.inspection.itemMissing',
    })
    expect(inspectionInput({ ...form, date: '2026-11-25' }, '2026-11-24')).toEqual({
      ok: false,
      problem: 'claims.inspection.dateInFuture',
    })
    expect(inspectionInput({ ...form, objectCount: 0 }, '2026-11-24')).toEqual({
      ok: false,
      problem: 'claims.inspection.objectsMissing',
    })
  })
})
