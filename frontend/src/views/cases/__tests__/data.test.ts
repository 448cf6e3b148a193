import { describe, expect, it } from 'vitest'
import { CaseSource, CaseStatus, DispatchRole } from '@/api/generated/graphql'
import { caseFilterOf, dispatchInput, type CaseSearch } from '../data'

const empty: CaseSearch = { keyword: '', statuses: [], source: null, period: null }

describe('caseFilterOf', () => {
  it('sends nothing for an empty search on all cases', () => {
    expect(caseFilterOf('all', empty)).toEqual({})
  })

  it('uses the quick filter statuses, narrowed by the chosen ones when they overlap', () => {
    expect(caseFilterOf('todo', empty)).toEqual({ statuses: [CaseStatus.REPORTED] })
    expect(caseFilterOf('open', { ...empty, statuses: [CaseStatus.DISPATCHED, CaseStatus.CLOSED] })).toEqual({
      statuses: [CaseStatus.DISPATCHED],
    })
    expect(caseFilterOf('disputed', { ...empty, statuses: [CaseStatus.CLOSED] })).toEqual({ statuses: [CaseStatus.DISPUTED] })
    expect(caseFilterOf('all', { ...empty, statuses: [CaseStatus.CLOSED] })).toEqual({ statuses: [CaseStatus.CLOSED] })
  })

  it('trims the keyword and turns the period into Beijing-time bounds, the last day included', () => {
    expect(caseFilterOf('all', { keyword: '  噪声 ', statuses: [], source: CaseSource.HOTLINE_12345, period: ['2026-10-01', '2026-10-31'] })).toEqual({
      keyword: '噪声',
      source: CaseSource.HOTLINE_12345,
      reportedFrom: '2026-10-01T00:00:00+08:00',
      reportedTo: '2026-11-01T00:00:00+08:00',
    })
  })
})

describe('dispatchInput', () => {
  it('sends one lead and distinct co-operating units, dropping empty rows and the lead itself', () => {
    expect(dispatchInput('c1', 3, null, { leadUnitId: 'D10', cooperating: ['D11', null, 'D10', 'D11', 'T01'], signDays: 1, handlingDays: 5, instructions: '  ' })).toEqual({
      caseId: 'c1',
      caseVersion: 3,
      parentDispatchId: null,
      signDays: 1,
      handlingDays: 5,
      instructions: null,
      targets: [
        { unitId: 'D10', role: DispatchRole.LEAD },
        { unitId: 'D11', role: DispatchRole.CO_OPERATE },
        { unitId: 'T01', role: DispatchRole.CO_OPERATE },
      ],
    })
  })
})
