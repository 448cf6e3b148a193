import { ApiError } from '@/api'
import { dataUrlToBlob } from '@/api/casePhotos'
import type { ReportCaseInput } from '@/api/generated/graphql'

/**
 * Reports waiting on the phone (待发送): kept on the phone (IndexedDB, photos as Blobs) with their client key until
 * the server has them, so a report written on a flaky network survives a reload and is sent when the network
 * returns. The client key makes a resend after a lost answer return the first case instead of a second one; the
 * client time says when the grid worker submitted it (the server keeps it beside its own time of receipt). Each
 * report belongs to the user who wrote it: another user signing in on the same phone never sends it.
 */
export interface PendingReport {
  input: ReportCaseInput & { clientKey: string; clientTime: string }
  /** photos waiting with the report (JPEG); uploaded just before it is sent */
  photos: Blob[]
  /** the `subject` of the user who wrote it */
  owner: string
  savedAt: string
}

/** Where the waiting reports are kept; IndexedDB on the phone (idbOutbox.ts), memory in the unit tests. */
export interface OutboxStore {
  /** The owner's reports, oldest first. */
  list(owner: string): Promise<PendingReport[]>
  /** Adds or replaces the report with this client key. */
  put(report: PendingReport): Promise<void>
  remove(clientKey: string): Promise<void>
}

/** Where the outbox lived before it moved to IndexedDB: localStorage, photos as data URLs. */
export const LEGACY_OUTBOX_KEY = 'lvzhi.caseOutbox'

/** Refusals that a resend cannot change: the report leaves the outbox with the reason. */
const FINAL_CODES = new Set(['VALIDATION', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'IDEMPOTENCY_KEY_REUSED'])

/** A refusal that a resend cannot change; anything else (no network, a server failure) is worth sending again. */
export function isFinalRefusal(e: unknown): e is ApiError {
  return e instanceof ApiError && FINAL_CODES.has(e.code)
}

export function readOutbox(store: OutboxStore, owner: string): Promise<PendingReport[]> {
  return store.list(owner)
}

/**
 * Keeps a report (and its photos) with a fresh client key and the time it was submitted; returns it. Rejects when
 * the phone's storage is full, so the caller can say so instead of losing the report.
 */
export async function enqueue(store: OutboxStore, owner: string, input: ReportCaseInput, newKey: () => string,
  now = new Date(), photos: Blob[] = []): Promise<PendingReport> {
  const pending: PendingReport = {
    input: { ...input, clientKey: input.clientKey ?? newKey(), clientTime: input.clientTime ?? now.toISOString() },
    photos,
    owner,
    savedAt: now.toISOString(),
  }
  await store.put(pending)
  return pending
}

interface LegacyReport {
  input?: ReportCaseInput & { clientKey?: string; clientTime?: string }
  photos?: unknown
  savedAt?: string
}

/**
 * Moves the reports the phone kept in localStorage (before the outbox moved to IndexedDB) into the store, once:
 * with their client keys and times unchanged, so one already received by the server returns its first case. They
 * become the signed-in user's (the phone's own user wrote them). The old entry goes only after every report is
 * stored; an unreadable one is dropped. Returns how many moved.
 */
export async function migrateLegacyOutbox(storage: Storage, store: OutboxStore, owner: string): Promise<number> {
  const raw = storage.getItem(LEGACY_OUTBOX_KEY)
  if (raw === null) return 0
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    parsed = []
  }
  let moved = 0
  for (const legacy of Array.isArray(parsed) ? (parsed as LegacyReport[]) : []) {
    const input = legacy.input
    if (!input?.clientKey || !input.clientTime) continue
    const pictures = Array.isArray(legacy.photos) ? legacy.photos.filter((p): p is string => typeof p === 'string') : []
    await store.put({
      input: { ...input, clientKey: input.clientKey, clientTime: input.clientTime },
      photos: pictures.map(dataUrlToBlob),
      owner,
      savedAt: legacy.savedAt ?? input.clientTime,
    })
    moved++
  }
  storage.removeItem(LEGACY_OUTBOX_KEY)
  return moved
}

export interface FlushResult {
  sent: string[]
  refused: { title: string; message: string }[]
  left: number
}

/**
 * Sends the owner's waiting reports in order. A sent or finally refused report leaves the outbox; a network or
 * server failure stops the run and keeps it (and those after it) for the next try.
 */
export async function flush(store: OutboxStore, owner: string,
  send: (input: ReportCaseInput, photos: readonly Blob[]) => Promise<{ code: string }>): Promise<FlushResult> {
  const result: FlushResult = { sent: [], refused: [], left: 0 }
  const queue = await store.list(owner)
  while (queue.length > 0) {
    const head = queue[0]
    if (!head) break
    try {
      const saved = await send(head.input, head.photos)
      result.sent.push(saved.code)
    } catch (e) {
      if (!isFinalRefusal(e)) break
      result.refused.push({ title: head.input.title, message: e.message })
    }
    await store.remove(head.input.clientKey)
    queue.shift()
  }
  result.left = queue.length
  return result
}
