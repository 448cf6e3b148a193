import { describe, expect, it } from 'vitest'
import { CaseStatus, DispatchRole, DispatchStatus, Role } from '@/api/generated/graphql'
import { canReplace } from '../actions'
import { suggestedUnits } from '../data'

const centre = { roles: [Role.COMMAND_CENTRE], unitId: 'zh' }
const department = { roles: [Role.DEPARTMENT], unitId: 'd10' }
const hop = (id: string, to: string, role: DispatchRole, status: DispatchStatus) => ({
  id, parentDispatchId: 'up', fromUnitId: 'zh', toUnitId: to, role, status,
})

describe('canReplace (改派 a refused part of the hop)', () => {
  const lead = hop('1', 'd10', DispatchRole.LEAD, DispatchStatus.SIGNED)
  const refusedCo = hop('2', 'd11', DispatchRole.CO_OPERATE, DispatchStatus.REFUSED)
  const refusedLead = hop('3', 'd14', DispatchRole.LEAD, DispatchStatus.REFUSED)

  it('lets the dispatching unit replace a refused co-operating unit while the case is handled', () => {
    expect(canReplace(centre, refusedCo, [lead, refusedCo], CaseStatus.IN_PROGRESS)).toBe(true)
    expect(canReplace(centre, refusedCo, [lead, refusedCo], CaseStatus.DISPATCHED)).toBe(true)
  })

  it('refuses everyone else, live dispatches and finished or disputed cases', () => {
    expect(canReplace(department, refusedCo, [lead, refusedCo], CaseStatus.IN_PROGRESS)).toBe(false)
    expect(canReplace({ roles: [], unitId: null }, refusedCo, [refusedCo], CaseStatus.IN_PROGRESS)).toBe(false)
    expect(canReplace(centre, lead, [lead], CaseStatus.IN_PROGRESS)).toBe(false)
    expect(canReplace(centre, refusedCo, [lead, refusedCo], CaseStatus.COMPLETED)).toBe(false)
    expect(canReplace(centre, refusedCo, [refusedCo], CaseStatus.DISPUTED)).toBe(false)
  })

  it('replaces a refused lead only while its hop has no live lead', () => {
    expect(canReplace(centre, refusedLead, [refusedLead, refusedCo], CaseStatus.IN_PROGRESS)).toBe(true)
    expect(canReplace(centre, refusedLead, [refusedLead, lead], CaseStatus.IN_PROGRESS)).toBe(false)
  })
})

describe('suggestedUnits (what the dispatch dialog fills in)', () => {
  const suggestions = [
    { unitId: 'd10', role: DispatchRole.LEAD },
    { unitId: 't01', role: DispatchRole.CO_OPERATE },
    { unitId: 'd11', role: DispatchRole.CO_OPERATE },
  ]

  it('fills the lead and every co-operating unit the server offers', () => {
    expect(suggestedUnits(suggestions, null)).toEqual({ leadUnitId: 'd10', cooperating: ['t01', 'd11'] })
    expect(suggestedUnits([], null)).toEqual({ leadUnitId: null, cooperating: [] })
  })

  it('replacing a co-operating unit fills one other co-operating unit and no lead', () => {
    expect(suggestedUnits(suggestions, { role: DispatchRole.CO_OPERATE, unitId: 't01' })).toEqual({ leadUnitId: null, cooperating: ['d11'] })
    expect(suggestedUnits(suggestions, { role: DispatchRole.CO_OPERATE, unitId: 'd11' })).toEqual({ leadUnitId: null, cooperating: ['t01'] })
  })

  it('replacing the lead fills another lead, never the refused one', () => {
    expect(suggestedUnits(suggestions, { role: DispatchRole.LEAD, unitId: 'd10' })).toEqual({ leadUnitId: null, cooperating: [] })
    expect(suggestedUnits([...suggestions, { unitId: 'zh', role: DispatchRole.LEAD }], { role: DispatchRole.LEAD, unitId: 'd10' }))
      .toEqual({ leadUnitId: 'zh', cooperating: [] })
  })
})
