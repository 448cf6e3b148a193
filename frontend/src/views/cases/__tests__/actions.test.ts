import { describe, expect, it } from 'vitest'
import { AppealStatus, CaseStatus, DispatchStatus, RatingLevel, Role } from '@/api/generated/graphql'
import { appealDecisionError, canAppeal, canDecideAppeal, caseActions, dispatchActions, dispatchTree, unsettledHops } from '../actions'

const centre = { roles: [Role.COMMAND_CENTRE], unitId: 'C' }
const lead = { roles: [Role.DEPARTMENT], unitId: 'D10' }
const coop = { roles: [Role.DEPARTMENT], unitId: 'D11' }
const leader = { roles: [Role.LEADER], unitId: 'L' }
// 科室 staff of D10's office K07: the token names the office
const staff = { roles: [Role.DEPARTMENT], unitId: 'D10', officeId: 'K07' }
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
  it('the rated unit appeals a rating below 满意 once; a unit that did not rate decides pending appeals', () => {
    const rating = { id: 'r1', ratedUnitId: 'D10', level: RatingLevel.UNSATISFIED, raterUnitId: 'C' }
    expect(canAppeal(lead, rating, [])).toBe(true)
    expect(canAppeal(lead, { ...rating, level: RatingLevel.BASICALLY_SATISFIED }, [])).toBe(true)
    expect(canAppeal(lead, { ...rating, level: RatingLevel.SATISFIED }, [])).toBe(false)
    expect(canAppeal(lead, rating, [{ ratingId: 'r1' }])).toBe(false)
    expect(canAppeal(coop, rating, [])).toBe(false)
    const pending = { status: AppealStatus.PENDING, appellantUnitId: 'D10' }
    // the centre rated this one: the leader above it decides, never the centre
    expect(canDecideAppeal(centre, pending, rating)).toBe(false)
    expect(canDecideAppeal(leader, pending, rating)).toBe(true)
    expect(canDecideAppeal(lead, pending, rating)).toBe(false)
    // the department rated its office: the centre decides, the department (rater) does not, nor the office (appellant)
    const officeRating = { raterUnitId: 'D10' }
    const officeAppeal = { status: AppealStatus.PENDING, appellantUnitId: 'K07' }
    expect(canDecideAppeal(centre, officeAppeal, officeRating)).toBe(true)
    expect(canDecideAppeal(lead, officeAppeal, officeRating)).toBe(false)
    expect(canDecideAppeal(staff, officeAppeal, officeRating)).toBe(false)
    expect(canDecideAppeal(centre, { ...officeAppeal, status: AppealStatus.UPHELD }, officeRating)).toBe(false)
    expect(canAppeal(staff, { id: 'r2', ratedUnitId: 'K07', level: RatingLevel.UNSATISFIED }, [])).toBe(true)
    expect(canAppeal(lead, { id: 'r2', ratedUnitId: 'K07', level: RatingLevel.UNSATISFIED }, [])).toBe(false)
  })

  it('a revision names a level other than the one in force, and every decision a reason', () => {
    const revise = { outcome: AppealStatus.REVISED, revisedLevel: null, reason: '经核实' }
    expect(appealDecisionError(revise, RatingLevel.UNSATISFIED)).toBe('revisedLevelRequired')
    expect(appealDecisionError({ ...revise, revisedLevel: RatingLevel.UNSATISFIED }, RatingLevel.UNSATISFIED)).toBe('sameLevel')
    expect(appealDecisionError({ ...revise, revisedLevel: RatingLevel.BASICALLY_SATISFIED, reason: '  ' }, RatingLevel.UNSATISFIED))
      .toBe('reasonRequired')
    expect(appealDecisionError({ ...revise, revisedLevel: RatingLevel.BASICALLY_SATISFIED }, RatingLevel.UNSATISFIED)).toBeNull()
    expect(appealDecisionError({ outcome: AppealStatus.UPHELD, revisedLevel: null, reason: '维持' }, RatingLevel.UNSATISFIED)).toBeNull()
  })
})

describe('office hops', () => {
  const hop = (status: DispatchStatus, closedAt: string | null = null) =>
    ({ id: '9', parentDispatchId: '1', status, fromUnitId: 'D10', toUnitId: 'K07', closedAt })

  it('office staff sign, refuse and reply on the hops to their office; other users of the department do not', () => {
    expect(dispatchActions(staff, hop(DispatchStatus.SENT))).toEqual(['sign', 'refuse'])
    expect(dispatchActions(staff, hop(DispatchStatus.SIGNED))).toEqual(['reply', 'forward'])
    expect(dispatchActions(lead, hop(DispatchStatus.SENT))).toEqual(['remind'])
    // the office staff do not act on the department's own dispatch
    expect(dispatchActions(staff, fromCentre(DispatchStatus.SENT))).toEqual([])
  })

  it('the department that passed the hop rates the reply of the office; the office does not rate itself', () => {
    expect(dispatchActions(lead, hop(DispatchStatus.REPLIED))).toEqual(['rate'])
    expect(dispatchActions(staff, hop(DispatchStatus.REPLIED))).toEqual([])
  })

  it('offers nothing on a closed hop, and no 催办 once the case is closed', () => {
    expect(dispatchActions(staff, hop(DispatchStatus.SENT, '2026-12-05T08:00:00Z'))).toEqual([])
    expect(dispatchActions(lead, hop(DispatchStatus.SENT, '2026-12-05T08:00:00Z'))).toEqual([])
    expect(dispatchActions(centre, fromCentre(DispatchStatus.SENT), CaseStatus.CLOSED)).toEqual([])
    expect(dispatchActions(centre, fromCentre(DispatchStatus.SENT), CaseStatus.IN_PROGRESS)).toEqual(['remind'])
  })

  it('lists the hops a close or a reply must give reasons for: open or unrated, not closed', () => {
    const d = (id: string, parent: string | null, status: DispatchStatus, closedAt: string | null = null) =>
      ({ id, parentDispatchId: parent, status, fromUnitId: 'x', toUnitId: 'y', closedAt })
    const all = [d('1', null, DispatchStatus.SIGNED), d('2', '1', DispatchStatus.REPLIED), d('3', '1', DispatchStatus.RATED),
      d('4', '2', DispatchStatus.SENT), d('5', null, DispatchStatus.REFUSED), d('6', '1', DispatchStatus.SENT, '2026-12-05T08:00:00Z')]
    expect(unsettledHops(all).map((h) => h.id)).toEqual(['1', '2', '4'])
    expect(unsettledHops(all, '1').map((h) => h.id)).toEqual(['2', '4'])
    expect(unsettledHops(all, '4')).toEqual([])
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
