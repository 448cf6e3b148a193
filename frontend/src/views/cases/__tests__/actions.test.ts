import { describe, expect, it } from 'vitest'
import { AppealStatus, CaseStatus, DispatchStatus, Role } from '@/api/generated/graphql'
import { canAppeal, canDecideAppeal, caseActions, dispatchActions, dispatchTree } from '../actions'

const centre = { roles: [Role.COMMAND_CENTRE], unitId: 'C' }
const lead = { roles: [Role.DEPARTMENT], unitId: 'D10' }
const coop = { roles: [Role.DEPARTMENT], unitId: 'D11' }
const leader = { roles: [Role.LEADER], unitId: 'L' }
const fromCentre = (status: DispatchStatus, to = 'D10') => ({ id: '1', status, fromUnitId: 'C', toUnitId: to })

describe('caseActions', () => {
  it('lets the command centre accept, dispatch and close as the case moves on', () => {
    expect(caseActions(centre, CaseStatus.REPORTED)).toEqual(['accept', 'cancel'])
    expect(caseActions(centre, CaseStatus.ACCEPTED)).toEqual(['dispatch', 'close', 'cancel'])
    expect(caseActions(centre, CaseStatus.DISPUTED)).toEqual(['dispatch'])
    expect(caseActions(centre, CaseStatus.COMPLETED)).toEqual(['close'])
    expect(caseActions(centre, CaseStatus.CLOSED)).toEqual([])
  })

  it('offers nothing at case level to departments or leaders', () => {
    for (const status of Object.values(CaseStatus)) {
      expect(caseActions(lead, status)).toEqual([])
      expect(caseActions(leader, status)).toEqual([])
    }
  })
})

describe('dispatchActions', () => {
  it('lets the receiving unit sign or refuse, then reply or pass on', () => {
    expect(dispatchActions(lead, fromCentre(DispatchStatus.SENT))).toEqual(['sign', 'refuse'])
    expect(dispatchActions(lead, fromCentre(DispatchStatus.SIGNED))).toEqual(['reply', 'forward'])
    expect(dispatchActions(lead, fromCentre(DispatchStatus.REPLIED))).toEqual([])
  })

  it('lets only the dispatching unit rate (谁派单、谁评价), and never the handler', () => {
    expect(dispatchActions(centre, fromCentre(DispatchStatus.REPLIED))).toEqual(['rate'])
    expect(dispatchActions(coop, fromCentre(DispatchStatus.REPLIED))).toEqual([])
    expect(dispatchActions(leader, fromCentre(DispatchStatus.REPLIED))).toEqual([])
    expect(dispatchActions(centre, fromCentre(DispatchStatus.RATED))).toEqual([])
  })

  it('lets the dispatcher and the command centre remind open dispatches', () => {
    expect(dispatchActions(centre, fromCentre(DispatchStatus.SENT))).toEqual(['remind'])
    const onward = { id: '2', status: DispatchStatus.SIGNED, fromUnitId: 'D10', toUnitId: 'D10-K01' }
    expect(dispatchActions(lead, onward)).toEqual(['remind'])
    expect(dispatchActions(centre, onward)).toEqual(['remind'])
    expect(dispatchActions(coop, onward)).toEqual([])
    expect(dispatchActions(centre, fromCentre(DispatchStatus.REFUSED))).toEqual([])
  })
})

describe('appeals', () => {
  it('the rated unit appeals once; the command centre decides pending appeals', () => {
    const rating = { id: 'r1', ratedUnitId: 'D10' }
    expect(canAppeal(lead, rating, [])).toBe(true)
    expect(canAppeal(lead, rating, [{ ratingId: 'r1' }])).toBe(false)
    expect(canAppeal(coop, rating, [])).toBe(false)
    expect(canDecideAppeal(centre, { status: AppealStatus.PENDING })).toBe(true)
    expect(canDecideAppeal(centre, { status: AppealStatus.UPHELD })).toBe(false)
    expect(canDecideAppeal(lead, { status: AppealStatus.PENDING })).toBe(false)
  })
})

describe('dispatchTree', () => {
  it('puts onward dispatches under their parent, depth first, in sending order', () => {
    const d = (id: string, parent: string | null) => ({ id, parentDispatchId: parent, status: DispatchStatus.SENT, fromUnitId: 'x', toUnitId: 'y' })
    const tree = dispatchTree([d('1', null), d('2', null), d('3', '1'), d('4', '3'), d('5', '2')])
    expect(tree.map((n) => `${n.dispatch.id}@${n.depth}`)).toEqual(['1@0', '3@1', '4@2', '2@0', '5@1'])
  })

  it('shows a dispatch whose parent the viewer cannot see as a root', () => {
    const tree = dispatchTree([{ id: '7', parentDispatchId: '3', status: DispatchStatus.SENT, fromUnitId: 'x', toUnitId: 'y' }])
    expect(tree).toEqual([{ dispatch: expect.objectContaining({ id: '7' }), depth: 0 }])
  })
})
