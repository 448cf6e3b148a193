import { ExtensionStatus, LedgerRating, LedgerState, ProblemSource, Role } from '@/api/generated/graphql'

/** Pure helpers of the rectification ledger page (整改台账): state tags, and which buttons each role gets per state. */

export const STATES: readonly LedgerState[] = [LedgerState.OPEN, LedgerState.RECTIFIED, LedgerState.VERIFIED, LedgerState.CLOSED]
export const RATINGS: readonly LedgerRating[] = [LedgerRating.EFFECTIVE, LedgerRating.MOSTLY, LedgerRating.INEFFECTIVE]
export const SOURCES: readonly ProblemSource[] = Object.values(ProblemSource)

type Tag = 'info' | 'warning' | 'danger' | 'success' | 'primary'

/** Open orange, rectified blue, verified green, closed grey. */
export function stateTag(state: LedgerState): Tag {
  const tags: Record<LedgerState, Tag> = { OPEN: 'warning', RECTIFIED: 'primary', VERIFIED: 'success', CLOSED: 'info' }
  return tags[state]
}

export function ratingTag(rating: LedgerRating): Tag {
  return rating === LedgerRating.EFFECTIVE ? 'success' : rating === LedgerRating.MOSTLY ? 'warning' : 'danger'
}

/** What the viewer is on the ledger: 编办 acts on the region, a unit on its own items, leaders read. */
export interface Viewer {
  office: boolean
  unitId: string | null
}

export function viewerOf(roles: readonly Role[], unitId: string | null): Viewer {
  const unit = roles.includes(Role.DEPARTMENT) || roles.includes(Role.TOWNSHIP)
  return { office: roles.includes(Role.ESTABLISHMENT_OFFICE), unitId: unit ? unitId : null }
}

interface ItemState {
  state: LedgerState
  unitId: string
  actions: readonly { done: boolean }[]
  extensions: readonly { status: ExtensionStatus }[]
}

const responsible = (v: Viewer, item: ItemState): boolean => v.unitId !== null && v.unitId === item.unitId

/** The buttons shown for an item: who may do what in its state (the server decides again). */
export function buttons(v: Viewer, item: ItemState) {
  const keeps = (v.office || responsible(v, item)) && item.state !== LedgerState.CLOSED
  const pending = item.extensions.some((x) => x.status === ExtensionStatus.PENDING)
  return {
    actions: keeps,
    rectify: keeps && item.state === LedgerState.OPEN,
    requestExtension: responsible(v, item) && item.state === LedgerState.OPEN && !pending,
    decideExtension: v.office && pending && item.state !== LedgerState.CLOSED,
    verify: v.office && item.state === LedgerState.RECTIFIED,
    close: v.office && item.state === LedgerState.VERIFIED,
    closeReady: item.actions.every((a) => a.done),
  }
}

/** The query filters a link gives (?roundId=&unitId=), kept only when present. */
export function filtersFromQuery(query: Record<string, unknown>): { roundId: string | null; unitId: string | null } {
  const one = (v: unknown): string | null => (typeof v === 'string' && /^\d+$/.test(v) ? v : null)
  return { roundId: one(query.roundId), unitId: one(query.unitId) }
}

/** The count of a state in the ledger's counts. */
export function countOf(counts: { open: number; rectified: number; verified: number; closed: number }, state: LedgerState): number {
  const key = { OPEN: 'open', RECTIFIED: 'rectified', VERIFIED: 'verified', CLOSED: 'closed' } as const
  return counts[key[state]]
}
