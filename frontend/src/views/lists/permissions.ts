import { ChangeStatus, ItemStatus, ListKind, Role, UnitKind } from '@/api/generated/graphql'

/**
 * Which list actions the UI offers (DOMAIN.md §2, §7). The backend decides; these only keep the UI from offering
 * what it would refuse. Departments and townships act on their own unit's items (and its offices'); the
 * establishment office proposes for anything in its region and decides. A township also files adjustment requests
 * (属地管理事项动态调整申请) for territorial items, which departments of its district lead.
 */
export interface Viewer {
  roles: readonly Role[]
  unitId: string | null
}

const PROPOSERS: readonly Role[] = [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.TOWNSHIP]

export function isEstablishmentOffice(viewer: Viewer): boolean {
  return viewer.roles.includes(Role.ESTABLISHMENT_OFFICE)
}

/** May propose new items (新增事项) at all. */
export function canProposeAddition(viewer: Viewer): boolean {
  return viewer.roles.some((role) => PROPOSERS.includes(role))
}

/**
 * May propose for an item owned by `ownerUnitId`, whose ancestors (root first) are `ownerAncestorIds`:
 * the establishment office always, a department or township when the owner is its unit or one of its offices.
 */
export function canProposeFor(viewer: Viewer, ownerUnitId: string, ownerAncestorIds: readonly string[] = []): boolean {
  if (isEstablishmentOffice(viewer)) return true
  if (!viewer.roles.includes(Role.DEPARTMENT) && !viewer.roles.includes(Role.TOWNSHIP)) return false
  if (viewer.unitId === null) return false
  return ownerUnitId === viewer.unitId || ownerAncestorIds.includes(viewer.unitId)
}

/** A township's adjustment request on the territorial list: the item is led by a department, not the township. */
export function isTerritorialRequest(viewer: Viewer, kind: ListKind | undefined): boolean {
  return kind === ListKind.TERRITORIAL && viewer.roles.includes(Role.TOWNSHIP) && !isEstablishmentOffice(viewer)
}

/** 提出变更 / 提出取消: only a published item can be changed or retired. */
export function canProposeChange(
  viewer: Viewer,
  item: { status: ItemStatus; unitId: string; kind?: ListKind },
  ownerAncestorIds: readonly string[] = [],
): boolean {
  if (item.status !== ItemStatus.PUBLISHED) return false
  return isTerritorialRequest(viewer, item.kind) || canProposeFor(viewer, item.unitId, ownerAncestorIds)
}

/** 批准 / 驳回: the establishment office, on pending proposals. */
export function canDecide(viewer: Viewer, change: { status: ChangeStatus }): boolean {
  return isEstablishmentOffice(viewer) && change.status === ChangeStatus.PENDING
}

/** 撤回: the proposing unit, on pending proposals. */
export function canWithdraw(viewer: Viewer, change: { status: ChangeStatus; proposerUnitId: string }): boolean {
  return change.status === ChangeStatus.PENDING && viewer.unitId !== null && change.proposerUnitId === viewer.unitId
}

/**
 * The owner unit a new item starts with: a department's or township's own unit; the office chooses, and so does a
 * township requesting a territorial item (it names the lead department).
 */
export function presetOwnerUnitId(viewer: Viewer, kind?: ListKind): string | null {
  if (isEstablishmentOffice(viewer) || isTerritorialRequest(viewer, kind)) return null
  return canProposeAddition(viewer) ? viewer.unitId : null
}

/** The approval queue opens on PENDING for the establishment office, on all statuses for the proposers. */
export function defaultQueueStatus(viewer: Viewer): ChangeStatus | null {
  return isEstablishmentOffice(viewer) ? ChangeStatus.PENDING : null
}

/** The proposal came from a township (镇街申请): the queue marks it so the office sees who asks. */
export function fromTownship(change: { proposerUnit: { kind: UnitKind } }): boolean {
  return change.proposerUnit.kind === UnitKind.TOWNSHIP
}
