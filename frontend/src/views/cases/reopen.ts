import { CaseStatus, RatingLevel, Role, UnitKind } from '@/api/generated/graphql'
import { dispatchTree, type CaseViewer, type DispatchLike, type DispatchNode } from './actions'

/**
 * 重办 and 回访 on the case page (DOMAIN.md §3; the backend's ReopenPolicy decides): the originating unit or the
 * district command centre records return visits once the case is completed or closed, and reopens a closed case
 * until its window ends; a reopened case is handled again in a new round, the earlier rounds kept as they were.
 */
export interface ReopenViewer extends CaseViewer {
  unitKind?: UnitKind | null
}

export interface ReopenCaseLike {
  status: CaseStatus
  originUnit: { id: string }
  reopenableUntil?: string | null
}

/** The originating unit (a command room, department or township), or the district command centre. */
export function speaksForReporter(viewer: ReopenViewer, c: ReopenCaseLike): boolean {
  const centre = viewer.roles.includes(Role.COMMAND_CENTRE) && viewer.unitKind === UnitKind.COMMAND_CENTRE
  const unitRole = [Role.COMMAND_CENTRE, Role.DEPARTMENT, Role.TOWNSHIP].some((r) => viewer.roles.includes(r))
  return centre || (unitRole && viewer.unitId !== null && viewer.unitId === c.originUnit.id)
}

export function canVisit(viewer: ReopenViewer, c: ReopenCaseLike): boolean {
  return (c.status === CaseStatus.COMPLETED || c.status === CaseStatus.CLOSED) && speaksForReporter(viewer, c)
}

/** 重办 is offered on a closed case until its window ends ({@code now} by the browser's clock). */
export function canReopen(viewer: ReopenViewer, c: ReopenCaseLike, now: Date = new Date()): boolean {
  if (c.status !== CaseStatus.CLOSED || !c.reopenableUntil) return false
  return now.getTime() <= new Date(c.reopenableUntil).getTime() && speaksForReporter(viewer, c)
}

/** After a 不满意 回访 the page offers to reopen the case, when the viewer may. */
export function offersReopen(satisfaction: RatingLevel, mayReopen: boolean): boolean {
  return satisfaction === RatingLevel.UNSATISFIED && mayReopen
}

/** What the 回访 dialog checks before sending: a note when the reporter is unsatisfied. */
export function visitError(satisfaction: RatingLevel, note: string): 'noteRequired' | null {
  return satisfaction === RatingLevel.UNSATISFIED && note.trim() === '' ? 'noteRequired' : null
}

/** What the 重办 dialog checks before sending: a reason. */
export function reopenError(reason: string): 'reasonRequired' | null {
  return reason.trim() === '' ? 'reasonRequired' : null
}

export interface DispatchRound<T> {
  round: number
  nodes: DispatchNode<T>[]
}

/** The dispatch tree of each round of handling, the first round first (a case never reopened has one). */
export function dispatchRounds<T extends DispatchLike & { round: number }>(
  dispatches: readonly T[]): DispatchRound<T>[] {
  const rounds = [...new Set(dispatches.map((d) => d.round))].sort((a, b) => a - b)
  return rounds.map((round) => ({ round, nodes: dispatchTree(dispatches.filter((d) => d.round === round)) }))
}
