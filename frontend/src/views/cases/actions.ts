import { AppealStatus, CaseStatus, DispatchRole, DispatchStatus, RatingLevel, Role } from '@/api/generated/graphql'

/**
 * Which actions the case pages offer (DOMAIN.md §3, §7). The backend decides; these only keep the page from
 * offering what it would refuse: the command centre accepts, dispatches, closes and decides appeals; the receiving
 * unit signs, refuses, replies and passes on; the dispatching unit (谁派单) reminds and rates; the rated unit appeals
 * a rating below 满意, and a unit that did not rate (the command centre, the leader above it) decides the appeal.
 * 科室 staff (a token naming their office) act for that office, not for their department.
 */
export interface CaseViewer {
  roles: readonly Role[]
  unitId: string | null
  /** 科室 staff: the office they work in. */
  officeId?: string | null
}

/** The unit the viewer acts for on a case: its office when it works in one, else its unit. */
export const actingUnit = (viewer: CaseViewer): string | null => viewer.officeId ?? viewer.unitId

export type CaseAction = 'accept' | 'dispatch' | 'close' | 'cancel'
export type DispatchAction = 'sign' | 'refuse' | 'reply' | 'forward' | 'remind' | 'rate'

export interface DispatchLike {
  id: string
  parentDispatchId?: string | null
  status: DispatchStatus
  fromUnitId: string
  toUnitId: string
  /** Set when the hop was closed unfinished, with a reason. */
  closedAt?: string | null
}

const isCentre = (viewer: CaseViewer): boolean => viewer.roles.includes(Role.COMMAND_CENTRE)

export function caseActions(viewer: CaseViewer, status: CaseStatus): CaseAction[] {
  if (!isCentre(viewer)) return []
  switch (status) {
    case CaseStatus.REPORTED:
      return ['accept', 'cancel']
    case CaseStatus.ACCEPTED:
      return ['dispatch', 'close', 'cancel']
    case CaseStatus.DISPATCHED:
    case CaseStatus.IN_PROGRESS:
    case CaseStatus.DISPUTED:
      return ['dispatch']
    case CaseStatus.COMPLETED:
      return ['close']
    default:
      return []
  }
}

/** The actions on a hop; none on a hop closed unfinished, and no 催办 once the case is closed or cancelled. */
export function dispatchActions(viewer: CaseViewer, dispatch: DispatchLike, caseStatus?: CaseStatus): DispatchAction[] {
  const actions: DispatchAction[] = []
  if (dispatch.closedAt) return actions
  const me = actingUnit(viewer)
  const mine = me !== null && dispatch.toUnitId === me
  const sentByMe = me !== null && dispatch.fromUnitId === me
  if (mine && dispatch.status === DispatchStatus.SENT) actions.push('sign', 'refuse')
  if (mine && dispatch.status === DispatchStatus.SIGNED) actions.push('reply', 'forward')
  const open = dispatch.status === DispatchStatus.SENT || dispatch.status === DispatchStatus.SIGNED
  const caseOver = caseStatus === CaseStatus.CLOSED || caseStatus === CaseStatus.CANCELLED
  if (open && !caseOver && (sentByMe || isCentre(viewer)) && !mine) actions.push('remind')
  if (sentByMe && dispatch.status === DispatchStatus.REPLIED) actions.push('rate')
  return actions
}

/**
 * 改派: the dispatching unit sends a refused part of its hop to another unit while the case is being handled — a
 * co-operating unit at any time, the lead while the hop has no live lead (the backend allows one live lead per hop).
 */
export function canReplace(viewer: CaseViewer, dispatch: DispatchLike & { role: DispatchRole }, all: readonly (DispatchLike & { role: DispatchRole })[],
  caseStatus: CaseStatus): boolean {
  if (viewer.unitId === null || dispatch.fromUnitId !== viewer.unitId || dispatch.status !== DispatchStatus.REFUSED) return false
  if (caseStatus !== CaseStatus.DISPATCHED && caseStatus !== CaseStatus.IN_PROGRESS) return false
  if (dispatch.role === DispatchRole.CO_OPERATE) return true
  const hop = all.filter((d) => (d.parentDispatchId ?? null) === (dispatch.parentDispatchId ?? null))
  return !hop.some((d) => d.role === DispatchRole.LEAD && d.status !== DispatchStatus.REFUSED)
}

/** 申诉: the rated unit, once per rating, and only a rating below 满意. */
export function canAppeal(viewer: CaseViewer, rating: { id: string; ratedUnitId: string; level: RatingLevel },
  appeals: readonly { ratingId: string }[]): boolean {
  return rating.level !== RatingLevel.SATISFIED && actingUnit(viewer) === rating.ratedUnitId
    && !appeals.some((appeal) => appeal.ratingId === rating.id)
}

/**
 * 申诉裁决, on pending appeals: the command centre or the district leader (a unit above the rater), never the unit
 * that rated nor the one that appealed.
 */
export function canDecideAppeal(viewer: CaseViewer, appeal: { status: AppealStatus; appellantUnitId: string },
  rating: { raterUnitId: string } | undefined): boolean {
  const me = actingUnit(viewer)
  const party = me === appeal.appellantUnitId || (rating !== undefined && me === rating.raterUnitId)
  return (isCentre(viewer) || viewer.roles.includes(Role.LEADER)) && !party && appeal.status === AppealStatus.PENDING
}

/** What the page checks before sending an appeal decision: a revision names a level other than the one in force; a reason. */
export function appealDecisionError(form: { outcome: AppealStatus; revisedLevel: RatingLevel | null; reason: string },
  current: RatingLevel | undefined): 'revisedLevelRequired' | 'sameLevel' | 'reasonRequired' | null {
  if (form.outcome === AppealStatus.REVISED && !form.revisedLevel) return 'revisedLevelRequired'
  if (form.outcome === AppealStatus.REVISED && form.revisedLevel === current) return 'sameLevel'
  return form.reason.trim() === '' ? 'reasonRequired' : null
}

/** A hop still open or unrated below what is being closed or replied (闭环), as a dialog names it. */
export interface OpenHop {
  id: string
  label: string
}

/**
 * 闭环: the hops that hold a case (or the hop they hang below) open — still to sign or to handle, or replied and not
 * yet rated — and not closed; each needs a reason before the case closes or the hop above replies.
 */
export function unsettledHops<T extends DispatchLike>(dispatches: readonly T[], below: string | null = null): T[] {
  const inside = new Set<string>(below === null ? [] : [below])
  const scope = below === null ? [...dispatches] : []
  let grew = below !== null
  while (grew) {
    grew = false
    for (const d of dispatches) {
      if (d.parentDispatchId && inside.has(d.parentDispatchId) && !inside.has(d.id)) {
        inside.add(d.id)
        scope.push(d)
        grew = true
      }
    }
  }
  const unsettled: readonly DispatchStatus[] = [DispatchStatus.SENT, DispatchStatus.SIGNED, DispatchStatus.REPLIED]
  return scope.filter((d) => !d.closedAt && unsettled.includes(d.status))
}

export interface DispatchNode<T> {
  dispatch: T
  depth: number
}

/** The dispatch tree flattened depth-first, children under their parent in the order they were sent. */
export function dispatchTree<T extends DispatchLike>(dispatches: readonly T[]): DispatchNode<T>[] {
  const ids = new Set(dispatches.map((d) => d.id))
  const children = new Map<string | null, T[]>()
  for (const d of dispatches) {
    // a parent outside what the viewer sees makes the dispatch a root of the visible part
    const parent = d.parentDispatchId && ids.has(d.parentDispatchId) ? d.parentDispatchId : null
    children.set(parent, [...(children.get(parent) ?? []), d])
  }
  const out: DispatchNode<T>[] = []
  const walk = (parent: string | null, depth: number): void => {
    for (const d of children.get(parent) ?? []) {
      out.push({ dispatch: d, depth })
      walk(d.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}

/** Element Plus tag colours for case and dispatch states. */
export function caseStatusTag(status: CaseStatus): 'success' | 'warning' | 'danger' | 'info' | 'primary' {
  switch (status) {
    case CaseStatus.CLOSED:
    case CaseStatus.COMPLETED:
      return 'success'
    case CaseStatus.DISPUTED:
      return 'danger'
    case CaseStatus.CANCELLED:
      return 'info'
    case CaseStatus.REPORTED:
      return 'warning'
    default:
      return 'primary'
  }
}
