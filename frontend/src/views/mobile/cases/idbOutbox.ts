import type { OutboxStore, PendingReport } from './outbox'

const DATABASE = 'lvzhi-phone'
const VERSION = 1
const REPORTS = 'caseOutbox'

/** A request's result as a promise. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

/** Resolves once the transaction is committed (a full disk shows here, as QuotaExceededError). */
function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'))
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'))
  })
}

let opened: Promise<IDBDatabase> | undefined

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, VERSION)
    request.onupgradeneeded = () => {
      // keyed by the client key: storing a report twice (a migration run again) keeps one copy
      request.result.createObjectStore(REPORTS, { keyPath: 'input.clientKey' })
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => {
      opened = undefined
      reject(request.error ?? new Error('IndexedDB unavailable'))
    }
  })
  return opened
}

/**
 * The phone's outbox in IndexedDB: one record per waiting report, its photos as Blobs (no base64, no 5 MB
 * localStorage quota). Plain `indexedDB`, no wrapper library.
 */
export const idbOutbox: OutboxStore = {
  async list(owner) {
    const db = await database()
    const all = await done(db.transaction(REPORTS, 'readonly').objectStore(REPORTS).getAll() as IDBRequest<PendingReport[]>)
    return all.filter((r) => r.owner === owner).sort((a, b) => a.savedAt.localeCompare(b.savedAt))
  },
  async put(report) {
    const db = await database()
    const transaction = db.transaction(REPORTS, 'readwrite')
    transaction.objectStore(REPORTS).put(report)
    await committed(transaction)
  },
  async remove(clientKey) {
    const db = await database()
    const transaction = db.transaction(REPORTS, 'readwrite')
    transaction.objectStore(REPORTS).delete(clientKey)
    await committed(transaction)
  },
}
