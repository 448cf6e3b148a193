import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api'
import { MemoryStorage } from '@/testing/memoryStorage'
import { keepAction, pendingActions, sendActions, type PendingAction } from '../pendingActions'

function action(kind: 'sign' | 'reply', dispatchId: string, owner = 'u-1', text?: string): PendingAction {
  return { kind, dispatchId, caseCode: `QH-${dispatchId}`, caseTitle: '路灯损坏', text, owner, savedAt: '2026-12-05T08:00:00Z' }
}

describe('待办 actions kept without a network', () => {
  it('keeps each user’s actions apart, oldest first, and a second action on a dispatch replaces the first', () => {
    const storage = new MemoryStorage()
    keepAction(storage, action('sign', '1'))
    keepAction(storage, action('reply', '2', 'u-1', '已处理'))
    keepAction(storage, action('sign', '3', 'u-2'))
    keepAction(storage, action('reply', '2', 'u-1', '已现场处理完毕'))
    expect(pendingActions(storage, 'u-1').map((a) => [a.dispatchId, a.text])).toEqual([['1', undefined], ['2', '已现场处理完毕']])
    expect(pendingActions(storage, 'u-2').map((a) => a.dispatchId)).toEqual(['3'])
  })

  it('sends them in order once the network is back and forgets what was sent', async () => {
    const storage = new MemoryStorage()
    keepAction(storage, action('sign', '1'))
    keepAction(storage, action('reply', '1b', 'u-1', '已处理'))
    keepAction(storage, action('sign', '9', 'u-2'))
    const sent: string[] = []
    const result = await sendActions(storage, 'u-1', async (a) => void sent.push(`${a.kind}:${a.dispatchId}`))
    expect(sent).toEqual(['sign:1', 'reply:1b'])
    expect(result.left).toBe(0)
    expect(pendingActions(storage, 'u-1')).toEqual([])
    expect(pendingActions(storage, 'u-2')).toHaveLength(1)
  })

  it('stops at a lost network or a server failure and keeps that action and the ones after it', async () => {
    for (const failure of [new TypeError('Failed to fetch'), new ApiError('UNAVAILABLE', ''), new ApiError('TIMEOUT', '')]) {
      const storage = new MemoryStorage()
      keepAction(storage, action('sign', '1'))
      keepAction(storage, action('sign', '2'))
      const result = await sendActions(storage, 'u-1', async () => {
        throw failure
      })
      expect(result).toEqual({ sent: [], refused: [], left: 2 })
      expect(pendingActions(storage, 'u-1')).toHaveLength(2)
    }
  })

  it('drops an action the server refuses for good, with its reason, and goes on', async () => {
    const storage = new MemoryStorage()
    keepAction(storage, action('sign', '1'))
    keepAction(storage, action('sign', '2'))
    const result = await sendActions(storage, 'u-1', async (a) => {
      if (a.dispatchId === '1') throw new ApiError('CONFLICT', '派单当前状态为“已签收”，不能签收')
    })
    expect(result.refused.map((r) => [r.action.dispatchId, r.message])).toEqual([['1', '派单当前状态为“已签收”，不能签收']])
    expect(result.sent.map((a) => a.dispatchId)).toEqual(['2'])
    expect(pendingActions(storage, 'u-1')).toEqual([])
  })

  it('reads an unreadable entry as empty instead of failing the page', () => {
    const storage = new MemoryStorage()
    storage.setItem('lvzhi.todoOutbox', '{not json')
    expect(pendingActions(storage, 'u-1')).toEqual([])
  })
})
