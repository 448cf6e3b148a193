import { describe, expect, it } from 'vitest'
import { StatisticsGroupBy } from '@/api/generated/graphql'
import { statisticsExportUrl } from '../statistics'

describe('statisticsExportUrl', () => {
  it('asks for the view, the period and the sample, encoded', () => {
    const url = statisticsExportUrl({
      groupBy: StatisticsGroupBy.ORIGIN_UNIT,
      from: '2026-05-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
      minSample: 5,
    })
    const [path, query] = url.split('?')
    expect(path).toBe('/api/cases/statistics/export')
    const params = new URLSearchParams(query)
    expect(params.get('groupBy')).toBe('ORIGIN_UNIT')
    expect(params.get('from')).toBe('2026-05-31T16:00:00.000Z')
    expect(params.get('to')).toBe('2026-11-30T16:00:00.000Z')
    expect(params.get('minSample')).toBe('5')
    expect(params.has('areaUnitId')).toBe(false)
  })

  it('keeps a + offset intact and names the area when given', () => {
    const url = statisticsExportUrl({ groupBy: StatisticsGroupBy.MONTH, from: '2026-01-01T00:00:00+08:00', to: '2027-01-01T00:00:00+08:00', areaUnitId: '42' })
    const params = new URLSearchParams(url.split('?')[1])
    expect(params.get('from')).toBe('2026-01-01T00:00:00+08:00')
    expect(params.get('areaUnitId')).toBe('42')
    expect(params.has('minSample')).toBe(false)
  })
})
