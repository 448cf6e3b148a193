import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api'
import type { ReportCaseInput } from '@/api/generated/graphql'
import { MemoryStorage } from '@/testing/memoryStorage'
import { enqueue, flush, LEGACY_OUTBOX_KEY, migrateLegacyOutbox, readOutbox, type OutboxStore, type PendingReport } from '../outbox'

/** The outbox store as IndexedDB keeps it (keyed by client key, oldest first), in memory. */
class MemoryStore implements OutboxStore {
  readonly rows = new Map<string, PendingReport>()
  async list(owner: string): Promise<PendingReport[]> {
    return [...this.rows.values()].filter((r) => r.owner === owner).sort((a, b) => a.savedAt.localeCompare(b.savedAt))
  }
  async put(report: PendingReport): Promise<void> {
    this.rows.set(report.input.clientKey, report)
  }
  async remove(clientKey: string): Promise<void> {
    this.rows.delete(clientKey)
  }
}

const ME = 'subject-wanggeyuan'
const report = (title: string): ReportCaseInput => ({ title, description: '描述', address: '建设路18号', categoryText: '噪声扰民' })
const at = (second: number): Date => new Date(Date.UTC(2026, 11, 5, 2, 30, second))
const offline = async (): Promise<{ code: string }> => {
  throw new ApiError('INTERNAL', '')
}

describe('the report outbox', () => {
  it('keeps a report with a client key until it is sent', async () => {
    const store = new MemoryStore()
    await enqueue(store, ME, report('一'), () => 'key-1')
    expect((await readOutbox(store, ME))[0]?.input.clientKey).toBe('key-1')
    const sentKeys: (string | null | undefined)[] = []
    const result = await flush(store, ME, async (input) => {
      sentKeys.push(input.clientKey)
      return { code: 'QH-20261124-0001' }
    })
    expect(result).toEqual({ sent: ['QH-20261124-0001'], refused: [], left: 0 })
    expect(sentKeys).toEqual(['key-1'])
    expect(await readOutbox(store, ME)).toEqual([])
  })

  it('sends the time the report was submitted with its key, unchanged on a resend', async () => {
    const store = new MemoryStore()
    await enqueue(store, ME, report('一'), () => 'key-1', new Date('2026-11-24T02:30:00Z'))
    await flush(store, ME, offline)
    const sent: (string | null | undefined)[] = []
    await flush(store, ME, async (input) => {
      sent.push(input.clientTime)
      return { code: 'QH-20261124-0002' }
    })
    expect(sent).toEqual(['2026-11-24T02:30:00.000Z'])
  })

  it('drops a report whose key the server knows for another report, with the reason', async () => {
    const store = new MemoryStore()
    await enqueue(store, ME, report('重'), () => 'k')
    const result = await flush(store, ME, async () => {
      throw new ApiError('IDEMPOTENCY_KEY_REUSED', '幂等键已用于另一份内容不同的提交')
    })
    expect(result.refused).toEqual([{ title: '重', message: '幂等键已用于另一份内容不同的提交' }])
    expect(result.left).toBe(0)
  })

  it('keeps everything when the network is down and resends in order with the same keys later', async () => {
    const store = new MemoryStore()
    await enqueue(store, ME, report('一'), () => 'key-1', at(1))
    await enqueue(store, ME, report('二'), () => 'key-2', at(2))
    expect((await flush(store, ME, offline)).left).toBe(2)
    const keys: (string | null | undefined)[] = []
    const online = await flush(store, ME, async (input) => {
      keys.push(input.clientKey)
      return { code: `C-${input.title}` }
    })
    expect(keys).toEqual(['key-1', 'key-2'])
    expect(online.sent).toEqual(['C-一', 'C-二'])
  })

  it('stops at a failure in the middle: what was sent leaves, the rest stays', async () => {
    const store = new MemoryStore()
    await enqueue(store, ME, report('一'), () => 'key-1', at(1))
    await enqueue(store, ME, report('二'), () => 'key-2', at(2))
    const result = await flush(store, ME, async (input) => {
      if (input.title === '二') throw new ApiError('UNAVAILABLE', '')
      return { code: 'C-1' }
    })
    expect(result).toEqual({ sent: ['C-1'], refused: [], left: 1 })
    expect((await readOutbox(store, ME)).map((r) => r.input.clientKey)).toEqual(['key-2'])
  })

  it('drops a report the server refuses for good, with the reason', async () => {
    const store = new MemoryStore()
    await enqueue(store, ME, report('坏'), () => 'k')
    const result = await flush(store, ME, async () => {
      throw new ApiError('VALIDATION', '地址不能为空', 'input.address')
    })
    expect(result.refused).toEqual([{ title: '坏', message: '地址不能为空' }])
    expect(result.left).toBe(0)
  })

  it('never sends another user’s reports from the same phone', async () => {
    const store = new MemoryStore()
    await enqueue(store, 'someone-else', report('别人的'), () => 'theirs')
    await enqueue(store, ME, report('我的'), () => 'mine')
    const titles: string[] = []
    const result = await flush(store, ME, async (input) => {
      titles.push(input.title)
      return { code: 'C' }
    })
    expect(titles).toEqual(['我的'])
    expect(result.left).toBe(0)
    expect((await readOutbox(store, 'someone-else')).map((r) => r.input.title)).toEqual(['别人的'])
  })
})

describe('photos in the outbox', () => {
  it('wait as Blobs with the report and are handed to the sender', async () => {
    const store = new MemoryStore()
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' })
    await enqueue(store, ME, { title: '占道经营', description: '早市占道', address: '清河路' }, () => 'k-photo', new Date(), [photo])
    expect((await readOutbox(store, ME))[0]?.photos).toEqual([photo])
    const seen: (readonly Blob[])[] = []
    await flush(store, ME, async (_input, photos) => {
      seen.push(photos)
      return { code: 'QH-1' }
    })
    expect(seen).toEqual([[photo]])
  })

  it('a report without photos keeps none', async () => {
    const store = new MemoryStore()
    await enqueue(store, ME, { title: 'x', description: 'y', address: 'z' }, () => 'k')
    expect((await readOutbox(store, ME))[0]?.photos).toEqual([])
  })
})

describe('moving the localStorage outbox into IndexedDB', () => {
  const legacy = [
    {
      input: { ...report('旧一'), clientKey: 'old-1', clientTime: '2026-11-30T01:00:00.000Z' },
      photos: ['data:image/jpeg;base64,/9j/2Q=='],
      savedAt: '2026-11-30T01:00:00.000Z',
    },
    { input: { ...report('旧二'), clientKey: 'old-2', clientTime: '2026-11-30T02:00:00.000Z' }, savedAt: '2026-11-30T02:00:00.000Z' },
  ]

  it('moves every report once, keys, times and photos unchanged, and clears the old entry', async () => {
    const storage = new MemoryStorage()
    storage.setItem(LEGACY_OUTBOX_KEY, JSON.stringify(legacy))
    const store = new MemoryStore()
    expect(await migrateLegacyOutbox(storage, store, ME)).toBe(2)
    const moved = await readOutbox(store, ME)
    expect(moved.map((r) => [r.input.clientKey, r.input.clientTime, r.input.title])).toEqual([
      ['old-1', '2026-11-30T01:00:00.000Z', '旧一'],
      ['old-2', '2026-11-30T02:00:00.000Z', '旧二'],
    ])
    const photo = moved[0]?.photos[0]
    expect(photo?.type).toBe('image/jpeg')
    expect([...new Uint8Array((await photo?.arrayBuffer()) ?? new ArrayBuffer(0))]).toEqual([0xff, 0xd8, 0xff, 0xd9])
    expect(moved[1]?.photos).toEqual([])
    expect(storage.getItem(LEGACY_OUTBOX_KEY)).toBeNull()
    // a second run finds nothing to move and duplicates nothing
    expect(await migrateLegacyOutbox(storage, store, ME)).toBe(0)
    expect(store.rows.size).toBe(2)
  })

  it('keeps the old entry when the store refuses, so nothing is lost', async () => {
    const storage = new MemoryStorage()
    storage.setItem(LEGACY_OUTBOX_KEY, JSON.stringify(legacy))
    const full: OutboxStore = {
      list: async () => [],
      remove: async () => undefined,
      put: async () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    }
    await expect(migrateLegacyOutbox(storage, full, ME)).rejects.toThrow('full')
    expect(storage.getItem(LEGACY_OUTBOX_KEY)).not.toBeNull()
  })

  it('drops a corrupted old entry', async () => {
    const storage = new MemoryStorage()
    storage.setItem(LEGACY_OUTBOX_KEY, '{not json')
    const store = new MemoryStore()
    expect(await migrateLegacyOutbox(storage, store, ME)).toBe(0)
    expect(storage.getItem(LEGACY_OUTBOX_KEY)).toBeNull()
  })
})
