import { describe, expect, it } from 'vitest'
import { CaseStatus, DispatchStatus, RatingLevel, Role, UnitKind } from '@/api/generated/graphql'
import { canReopen, canVisit, dispatchRounds, offersReopen, reopenError, speaksForReporter, visitError } from '../reopen'

const centre = { roles: [Role.COMMAND_CENTRE], unitId: 'ZH', unitKind: UnitKind.COMMAND_CENTRE }
const room = { roles: [Role.COMMAND_CENTRE], unitId: 'T01-ZH', unitKind: UnitKind.TOWNSHIP_COMMAND_ROOM }
const township = { roles: [Role.TOWNSHIP], unitId: 'T01', unitKind: UnitKind.TOWNSHIP }
const department = { roles: [Role.DEPARTMENT], unitId: 'D10', unitKind: UnitKind.GOVERNMENT_DEPARTMENT }
const grid = { roles: [Role.GRID_WORKER], unitId: 'G01', unitKind: UnitKind.GRID }
const leader = { roles: [Role.LEADER], unitId: 'QH', unitKind: UnitKind.REGION_GOVERNMENT }

const NOW = new Date('2026-12-05T10:00:00+08:00')
const closed = (origin: string, until = '2026-12-20T10:00:00+08:00') =>
  ({ status: CaseStatus.CLOSED, originUnit: { id: origin }, reopenableUntil: until })

describe('who speaks for the reporter (回访, 重办)', () => {
  it('is the district command centre, or the unit that originated the case', () => {
    expect(speaksForReporter(centre, closed('G01'))).toBe(true)
    expect(speaksForReporter(room, closed('T01-ZH'))).toBe(true)
    expect(speaksForReporter(township, closed('T01'))).toBe(true)
    expect(speaksForReporter(department, closed('D10'))).toBe(true)
  })

  it('is never a handler, another township room, the grid worker as a person, or the leader', () => {
    expect(speaksForReporter(room, closed('G01'))).toBe(false)
    expect(speaksForReporter(department, closed('G01'))).toBe(false)
    expect(speaksForReporter(grid, closed('G01'))).toBe(false)
    expect(speaksForReporter(leader, closed('QH'))).toBe(false)
  })
})

describe('the 回访 and 重办 buttons', () => {
  it('offers 回访 once the case is completed or closed', () => {
    for (const status of Object.values(CaseStatus)) {
      const visitable = status === CaseStatus.COMPLETED || status === CaseStatus.CLOSED
      expect(canVisit(centre, { ...closed('G01'), status }), status).toBe(visitable)
    }
  })

  it('offers 重办 on a closed case until its window ends, the last instant included', () => {
    expect(canReopen(centre, closed('G01'), NOW)).toBe(true)
    expect(canReopen(centre, closed('G01', '2026-12-05T10:00:00+08:00'), NOW)).toBe(true)
    expect(canReopen(centre, closed('G01', '2026-12-05T09:59:59+08:00'), NOW)).toBe(false)
    expect(canReopen(centre, { ...closed('G01'), reopenableUntil: null }, NOW)).toBe(false)
    expect(canReopen(centre, { ...closed('G01'), status: CaseStatus.COMPLETED }, NOW)).toBe(false)
    expect(canReopen(department, closed('G01'), NOW)).toBe(false)
  })

  it('offers to reopen right after a 不满意 回访 only to whoever may reopen', () => {
    expect(offersReopen(RatingLevel.UNSATISFIED, true)).toBe(true)
    expect(offersReopen(RatingLevel.UNSATISFIED, false)).toBe(false)
    expect(offersReopen(RatingLevel.BASICALLY_SATISFIED, true)).toBe(false)
    expect(offersReopen(RatingLevel.SATISFIED, true)).toBe(false)
  })
})

describe('the dialogs check before sending', () => {
  it('回访 needs a note when the reporter is unsatisfied', () => {
    expect(visitError(RatingLevel.UNSATISFIED, '  ')).toBe('noteRequired')
    expect(visitError(RatingLevel.UNSATISFIED, '施工又恢复')).toBeNull()
    expect(visitError(RatingLevel.SATISFIED, '')).toBeNull()
    expect(visitError(RatingLevel.BASICALLY_SATISFIED, '')).toBeNull()
  })

  it('重办 needs a reason', () => {
    expect(reopenError('')).toBe('reasonRequired')
    expect(reopenError(' \n ')).toBe('reasonRequired')
    expect(reopenError('回访不满意')).toBeNull()
  })
})

describe('dispatchRounds', () => {
  const hop = (id: string, round: number, parent: string | null = null) =>
    ({ id, round, parentDispatchId: parent, status: DispatchStatus.RATED, fromUnitId: 'ZH', toUnitId: 'D10' })

  it('groups the dispatch tree by round, the first round first, each tree in its own order', () => {
    const rounds = dispatchRounds([hop('1', 1), hop('2', 1, '1'), hop('5', 2), hop('3', 1), hop('6', 2, '5')])
    expect(rounds.map((r) => r.round)).toEqual([1, 2])
    expect(rounds[0]?.nodes.map((n) => [n.dispatch.id, n.depth])).toEqual([['1', 0], ['2', 1], ['3', 0]])
    expect(rounds[1]?.nodes.map((n) => [n.dispatch.id, n.depth])).toEqual([['5', 0], ['6', 1]])
  })

  it('has one round for a case never reopened, and none without dispatches', () => {
    expect(dispatchRounds([hop('1', 1)]).length).toBe(1)
    expect(dispatchRounds([])).toEqual([])
  })
})
