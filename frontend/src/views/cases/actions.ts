import { AppealStatus, CaseStatus, DispatchRole, DispatchStatus, Role } from '@/api/generated/graphql'

/**
 * Which actions the case pages offer (DOMAIN.md §3, §7). The backend decides; these only keep the page from
 * offering what it would refuse: the command centre accepts, dispatches, closes and decides appeals; the receiving
 * unit signs, refuses, replies and passes on; the dispatching unit (谁派单) reminds and rates; the rated unit appeals.
 */
export interface CaseViewer {
  roles: readonly Role[]
  unitId: string | null
}

export type CaseAction = 'accept' | 'dispatch' | 'close' | 'cancel'
export type DispatchAction = 'sign' | 'refuse' | 'reply' | 'forward' | 'remind' | 'rate'

interface DispatchLike {
  id: string
  parentDispatchId?: string | null
  status: DispatchStatus
  fromUnitId: string
  toUnitId: string
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

export function dispatchActions(viewer: CaseViewer, dispatch: DispatchLike): DispatchAction[] {
  const actions: DispatchAction[] = []
  const mine = viewer.unitId !== null && dispatch.toUnitId === viewer.unitId
  const sentByMe = viewer.unitId !== null && dispatch.fromUnitId === viewer.unitId
  if (mine && dispatch.status === DispatchStatus.SENT) actions.push('sign', 'refuse')
  if (mine && dispatch.status === DispatchStatus.SIGNED) actions.push('reply', 'forward')
  const open = dispatch.status === DispatchStatus.SENT || dispatch.status === DispatchStatus.SIGNED
  if (open && (sentByMe || isCentre(viewer)) && !mine) actions.push('remind')
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

/** 申诉: the rated unit, once per rating. */
export function canAppeal(viewer: CaseViewer, rating: { id: string; ratedUnitId: string },
  appeals: readonly { ratingId: string }[]): boolean {
  return viewer.unitId === rating.ratedUnitId && !appeals.some((appeal) => appeal.ratingId === rating.id)
}

/** 申诉裁决: the command centre, on pending appeals. */
export function canDecideAppeal(viewer: CaseViewer, appeal: { status: AppealStatus }): boolean {
  return isCentre(viewer) && appeal.status === AppealStatus.PENDING
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
