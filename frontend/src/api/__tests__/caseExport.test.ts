import { describe, expect, it } from 'vitest'
import { CaseSource, CaseStatus } from '@/api/generated/graphql'
import { caseExportUrl } from '../caseDesk'
import { caseFilterOf } from '@/views/cases/data'

describe('caseExportUrl', () => {
  it('asks for every case the user sees when nothing is filtered', () => {
    expect(caseExportUrl({})).toBe('/api/cases/export')
  })

  it('carries the board filter: each status, the source, the Beijing-day period and the keyword, encoded', () => {
    const filter = caseFilterOf('all', {
      keyword: ' 噪声 & 扰民 ',
      statuses: [CaseStatus.CLOSED, CaseStatus.COMPLETED],
      source: CaseSource.HOTLINE_12345,
      period: ['2026-11-01', '2026-11-30'],
    })
    const url = caseExportUrl(filter)
    const params = new URLSearchParams(url.split('?')[1])
    expect(url.startsWith('/api/cases/export?')).toBe(true)
    expect(params.getAll('status')).toEqual(['CLOSED', 'COMPLETED'])
    expect(params.get('source')).toBe('HOTLINE_12345')
    expect(params.get('reportedFrom')).toBe('2026-11-01T00:00:00+08:00')
    expect(params.get('reportedTo')).toBe('2026-12-01T00:00:00+08:00')
    expect(params.get('keyword')).toBe('噪声 & 扰民')
    expect(params.has('areaUnitId')).toBe(false)
  })

  it('names the area and the originating unit when the filter does', () => {
    const params = new URLSearchParams(caseExportUrl({ areaUnitId: '7', originUnitId: '9' }).split('?')[1])
    expect(params.get('areaUnitId')).toBe('7')
    expect(params.get('originUnitId')).toBe('9')
  })
})
