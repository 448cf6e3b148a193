import { ApiError } from '@/api'
import type { ReportCaseInput } from '@/api/generated/graphql'

/**
 * Reports waiting on the phone (待发送): kept in localStorage with their client key until the server has them, so
 * a report written on a flaky network survives a reload and is sent when the network returns. The client key
 * makes a resend after a lost answer return the first case instead of a second one; the client time says when the
 * grid worker submitted it (the server keeps it beside its own time of receipt).
 */
export interface PendingReport {
  input: ReportCaseInput & { clientKey: string; clientTime: string }
  /** photos waiting with the report, as JPEG data URLs; uploaded just before it is sent */
  photos?: string[]
  savedAt: string
}

export const OUTBOX_KEY = 'lvzhi.caseOutbox'

/** Refusals that a resend cannot change: the report leaves the outbox with the reason. */
const FINAL_CODES = new Set(['VALIDATION', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'IDEMPOTENCY_KEY_REUSED'])

export function readOutbox(storage: Storage): PendingReport[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(OUTBOX_KEY) ?? '[]')
    return Array.isArray(parsed) ? (parsed as PendingReport[]) : []
  } catch {
    return []
  }
}

function writeOutbox(storage: Storage, reports: PendingReport[]): void {
  storage.setItem(OUTBOX_KEY, JSON.stringify(reports))
}

/**
 * Keeps a report (and its photos) with a fresh client key and the time it was submitted; returns it. Throws when the phone's storage is full, so
 * the caller can say so instead of losing the report.
 */
export function enqueue(storage: Storage, input: ReportCaseInput, newKey: () => string, now = new Date(),
  photos: string[] = []): PendingReport {
  const pending: PendingReport = {
    input: { ...input, clientKey: input.clientKey ?? newKey(), clientTime: input.clientTime ?? now.toISOString() },
    ...(photos.length > 0 ? { photos } : {}),
    savedAt: now.toISOString(),
  }
  writeOutbox(storage, [...readOutbox(storage), pending])
  return pending
}

export interface FlushResult {
  sent: string[]
  refused: { title: string; message: string }[]
  left: number
}

/**
 * Sends the waiting reports in order. A sent or finally refused report leaves the outbox; a network or server
 * failure stops the run and keeps it (and those after it) for the next try.
 */
export async function flush(storage: Storage,
  send: (input: ReportCaseInput, photos: readonly string[]) => Promise<{ code: string }>): Promise<FlushResult> {
  const result: FlushResult = { sent: [], refused: [], left: 0 }
  let queue = readOutbox(storage)
  while (queue.length > 0) {
    const [head, ...rest] = queue
    if (!head) break
    try {
      const saved = await send(head.input, head.photos ?? [])
      result.sent.push(saved.code)
    } catch (e) {
      if (!(e instanceof ApiError) || !FINAL_CODES.has(e.code)) break
      result.refused.push({ title: head.input.title, message: e.message })
    }
    queue = rest
    writeOutbox(storage, queue)
  }
  result.left = queue.length
  return result
}
