import { describe, expect, it } from 'vitest'
import { Role } from '@/api/generated/graphql'
import { evaluationSections } from '../data'

const keys = (roles: Role[]) => evaluationSections(roles).map((s) => s.key)

describe('evaluationSections', () => {
  it('gives 编办 and leaders every part', () => {
    expect(keys([Role.ESTABLISHMENT_OFFICE])).toEqual(['goals', 'schemes', 'rounds', 'forms', 'peer', 'surveys', 'draws', 'fieldwork', 'ledger', 'sanding', 'results', 'dashboard'])
    expect(keys([Role.LEADER])).toEqual(['goals', 'schemes', 'rounds', 'forms', 'peer', 'surveys', 'draws', 'fieldwork', 'ledger', 'sanding', 'results', 'dashboard'])
  })

  it('gives the units assessed their goals, the schemes in force, rounds, their fieldwork and results, not the dashboard', () => {
    expect(keys([Role.DEPARTMENT])).toEqual(['goals', 'schemes', 'rounds', 'forms', 'peer', 'surveys', 'draws', 'fieldwork', 'ledger', 'sanding', 'results'])
    expect(keys([Role.TOWNSHIP])).toEqual(['goals', 'schemes', 'rounds', 'forms', 'peer', 'surveys', 'draws', 'fieldwork', 'ledger', 'sanding', 'results'])
  })

  it('gives 纪委监委 and 组织部 the published goals, rounds (to import their figures) and results', () => {
    expect(keys([Role.DISCIPLINE])).toEqual(['goals', 'rounds', 'results'])
    expect(keys([Role.ORGANISATION])).toEqual(['goals', 'rounds', 'results'])
  })

  it('gives nothing to roles evaluation does not concern', () => {
    for (const role of [Role.COMMITTEE, Role.COMMAND_CENTRE, Role.GRID_WORKER, Role.INTEGRATION]) {
      expect(keys([role])).toEqual([])
    }
  })
})
