import type { AuditChainCheck, AuditEntry } from '@/api/audit'

/** What the chain check says, as the page shows it: intact, broken at a row, or checkpoints that do not verify. */
export type ChainState = 'intact' | 'broken' | 'unverified'

export function chainState(check: Pick<AuditChainCheck, 'intact' | 'firstBrokenSeq'>): ChainState {
  if (check.intact) return 'intact'
  return check.firstBrokenSeq != null ? 'broken' : 'unverified'
}

/** One line of a row's field comparison; `field` is empty when the snapshot is a single value. */
export interface ChangeRow {
  field: string
  before: string
  after: string
  kind: 'added' | 'removed' | 'changed'
}

/** The fields a row changed, for the before/after table: absent values as an em dash. */
export function changeRows(entry: Pick<AuditEntry, 'changes'>): ChangeRow[] {
  return entry.changes.map((c) => ({
    field: c.field,
    before: c.before ?? '—',
    after: c.after ?? '—',
    kind: c.before == null ? 'added' : c.after == null ? 'removed' : 'changed',
  }))
}

/** The start of a hash, enough to tell rows apart on screen (the whole hash is in the row's tooltip). */
export function shortHash(hash: string): string {
  return hash.slice(0, 12)
}

/** The entity types offered first, those the audit page is mostly asked about; the rest follow as the trail has them. */
const FIRST_TYPES = ['Case', 'Dispatch', 'Rating', 'Appeal', 'Reminder', 'ListChange', 'Unit']

export function orderedEntityTypes(types: readonly string[]): string[] {
  const first = FIRST_TYPES.filter((t) => types.includes(t))
  return [...first, ...types.filter((t) => !FIRST_TYPES.includes(t))]
}

/** An entity id as typed: trimmed; null when it is empty or too long for the server to accept. */
export function entityIdInput(text: string): string | null {
  const id = text.trim()
  return id === '' || id.length > 64 ? null : id
}
