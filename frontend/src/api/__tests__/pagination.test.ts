import { describe, expect, it, vi } from 'vitest'
import { collectAllPages, type Page } from '../pagination'

describe('collectAllPages', () => {
  it('returns a single page', async () => {
    const fetchPage = vi.fn(async (): Promise<Page<number>> => ({ nodes: [1, 2], hasNextPage: false, endCursor: 'c2' }))
    expect(await collectAllPages(fetchPage)).toEqual([1, 2])
    expect(fetchPage).toHaveBeenCalledWith(null)
  })

  it('follows endCursor while hasNextPage', async () => {
    const pages: Record<string, Page<string>> = {
      start: { nodes: ['a', 'b'], hasNextPage: true, endCursor: 'c1' },
      c1: { nodes: ['c'], hasNextPage: true, endCursor: 'c2' },
      c2: { nodes: ['d'], hasNextPage: false, endCursor: 'c3' },
    }
    const fetchPage = vi.fn(async (after: string | null) => pages[after ?? 'start'] as Page<string>)
    expect(await collectAllPages(fetchPage)).toEqual(['a', 'b', 'c', 'd'])
    expect(fetchPage.mock.calls.map((call) => call[0])).toEqual([null, 'c1', 'c2'])
  })

  it('stops when a page claims more but gives no new cursor', async () => {
    const fetchPage = vi.fn(async (): Promise<Page<number>> => ({ nodes: [1], hasNextPage: true, endCursor: null }))
    expect(await collectAllPages(fetchPage)).toEqual([1])
    const repeating = vi.fn(async (): Promise<Page<number>> => ({ nodes: [1], hasNextPage: true, endCursor: 'same' }))
    await collectAllPages(repeating)
    expect(repeating).toHaveBeenCalledTimes(2)
  })

  it('propagates a failing page', async () => {
    await expect(collectAllPages(async () => Promise.reject(new Error('down')))).rejects.toThrow('down')
  })
})
