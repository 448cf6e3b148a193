import { reportCase } from '@/api/cases'
import { uploadCasePhoto } from '@/api/casePhotos'
import type { ReportCaseInput } from '@/api/generated/graphql'
import { idbOutbox } from './idbOutbox'
import { enqueue, flush, migrateLegacyOutbox, readOutbox, type FlushResult, type PendingReport } from './outbox'

/**
 * The signed-in user's outbox on this phone, as the phone pages use it: the reports kept in IndexedDB (moved there
 * from localStorage on first use), and one sending run at a time however many pages and `online` events ask.
 */
let migration: Promise<void> | undefined
let running: Promise<FlushResult> | undefined

function ready(owner: string): Promise<void> {
  migration ??= migrateLegacyOutbox(localStorage, idbOutbox, owner).then(
    () => undefined,
    () => {
      // IndexedDB refused: the old entry stays where it is and the move is tried again next time
      migration = undefined
    },
  )
  return migration
}

export async function waitingReports(owner: string): Promise<PendingReport[]> {
  await ready(owner)
  return readOutbox(idbOutbox, owner)
}

/** Keeps a report on the phone; rejects when the phone's storage is full. */
export async function keepReport(owner: string, input: ReportCaseInput, photos: Blob[]): Promise<PendingReport> {
  await ready(owner)
  return enqueue(idbOutbox, owner, input, () => crypto.randomUUID(), new Date(), photos)
}

/** Uploads a report's photos, then sends it naming them; a resend uploads again and gets the same photos back. */
async function send(input: ReportCaseInput, photos: readonly Blob[]): Promise<{ code: string }> {
  const attachments: string[] = []
  for (const photo of photos) attachments.push(await uploadCasePhoto(photo))
  return reportCase(attachments.length > 0 ? { ...input, attachments } : input)
}

/** Sends what waits; quiet when the network is still down (the reports stay). */
export function sendWaiting(owner: string): Promise<FlushResult> {
  running ??= ready(owner)
    .then(() => flush(idbOutbox, owner, send))
    .finally(() => {
      running = undefined
    })
  return running
}
