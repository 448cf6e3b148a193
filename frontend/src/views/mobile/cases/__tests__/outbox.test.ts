import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api'
import type { ReportCaseInput } from '@/api/generated/graphql'
import { enqueue, flush, readOutbox } from '../outbox'

class MemoryStorage implements Storage {
  private map = new Map<string, string>()
  get length(): number {
    return this.map.size
  }
  clear(): void {
    this.map.clear()
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null
  }
  removeItem(key: string): void {
    this.map.delete(key)
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value)
  }
}

const report = (title: string): ReportCaseInput => ({ title, description: '描述', address: '建设路18号', categoryText: '噪声扰民' })

describe('the report outbox', () => {
  it('keeps a report with a client key until it is sent', async () => {
    const storage = new MemoryStorage()
    enqueue(storage, report('一'), () => 'key-1')
    expect(readOutbox(storage)[0]?.input.clientKey).toBe('key-1')
    const sentKeys: (string | null | undefined)[] = []
    const result = await flush(storage, async (input) => {
      sentKeys.push(input.clientKey)
      return { code: 'QH-20261124-0001' }
    })
    expect(result).toEqual({ sent: ['QH-20261124-0001'], refused: [], left: 0 })
    expect(sentKeys).toEqual(['key-1'])
    expect(readOutbox(storage)).toEqual([])
  })

  it('sends the time the report was submitted with its key, unchanged on a resend', async () => {
    const storage = new MemoryStorage()
    enqueue(storage, report('一'), () => 'key-1', new Date('2026-11-24T02:30:00Z'))
    await flush(storage, async () => {
      throw new ApiError('INTERNAL', '')
    })
    const sent: (string | null | undefined)[] = []
    await flush(storage, async (input) => {
      sent.push(input.clientTime)
      return { code: 'QH-20261124-0002' }
    })
    expect(sent).toEqual(['2026-11-24T02:30:00.000Z'])
  })

  it('drops a report whose key the server knows for another report, with the reason', async () => {
    const storage = new MemoryStorage()
    enqueue(storage, report('重'), () => 'k')
    const result = await flush(storage, async () => {
      throw new ApiError('IDEMPOTENCY_KEY_REUSED', '幂等键已用于另一份内容不同的提交')
    })
    expect(result.refused).toEqual([{ title: '重', message: '幂等键已用于另一份内容不同的提交' }])
    expect(result.left).toBe(0)
  })

  it('keeps everything when the network is down and resends with the same key later', async () => {
    const storage = new MemoryStorage()
    enqueue(storage, report('一'), () => 'key-1')
    enqueue(storage, report('二'), () => 'key-2')
    const offline = await flush(storage, async () => {
      throw new ApiError('INTERNAL', '')
    })
    expect(offline.left).toBe(2)
    const keys: (string | null | undefined)[] = []
    const online = await flush(storage, async (input) => {
      keys.push(input.clientKey)
      return { code: `C-${input.title}` }
    })
    expect(keys).toEqual(['key-1', 'key-2'])
    expect(online.sent).toEqual(['C-一', 'C-二'])
  })

  it('drops a report the server refuses for good, with the reason', async () => {
    const storage = new MemoryStorage()
    enqueue(storage, report('坏'), () => 'k')
    const result = await flush(storage, async () => {
      throw new ApiError('VALIDATION', '地址不能为空', 'input.address')
    })
    expect(result.refused).toEqual([{ title: '坏', message: '地址不能为空' }])
    expect(result.left).toBe(0)
  })

  it('survives a corrupted store', () => {
    const storage = new MemoryStorage()
    storage.setItem('lvzhi.caseOutbox', '{not json')
    expect(readOutbox(storage)).toEqual([])
  })
})

describe('photos in the outbox', () => {
  it('keep their data URLs with the report and are handed to the sender', async () => {
    const storage = new MemoryStorage()
    enqueue(storage, { title: '占道经营', description: '早市占道', address: '清河路' }, () => 'k-photo', new Date(), ['data:image/jpeg;base64,/9j/2Q=='])
    expect(readOutbox(storage)[0]?.photos).toEqual(['data:image/jpeg;base64,/9j/2Q=='])
    const seen: (readonly string[])[] = []
    await flush(storage, async (_input, photos) => {
      seen.push(photos)
      return { code: 'QH-1' }
    })
    expect(seen).toEqual([['data:image/jpeg;base64,/9j/2Q==']])
  })

  it('a report without photos keeps none', () => {
    const storage = new MemoryStorage()
    enqueue(storage, { title: 'x', description: 'y', address: 'z' }, () => 'k')
    expect(readOutbox(storage)[0]).not.toHaveProperty('photos')
  })
})
