import { describe, expect, it, vi } from 'vitest'
import {
  collectAllPages,
  FIRST_PAGE,
  hasPreviousPage,
  nextPage,
  pageNumber,
  previousPage,
  type Page,
} from '../pagination'

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

describe('cursor stack paging', () => {
  it('starts on page 1 with no cursor and no previous page', () => {
    expect(FIRST_PAGE).toEqual({ after: null, previous: [] })
    expect(pageNumber(FIRST_PAGE)).toBe(1)
    expect(hasPreviousPage(FIRST_PAGE)).toBe(false)
  })

  it('pushes the shown cursor when going forward and pops it when going back', () => {
    const second = nextPage(FIRST_PAGE, 'c20')
    const third = nextPage(second, 'c40')
    expect(second).toEqual({ after: 'c20', previous: [null] })
    expect(third).toEqual({ after: 'c40', previous: [null, 'c20'] })
    expect(pageNumber(third)).toBe(3)
    expect(previousPage(third)).toEqual(second)
    expect(previousPage(second)).toEqual(FIRST_PAGE)
    expect(hasPreviousPage(second)).toBe(true)
  })

  it('stays on the first page when going back from it, and never mutates a state', () => {
    expect(previousPage(FIRST_PAGE)).toEqual(FIRST_PAGE)
    const second = nextPage(FIRST_PAGE, 'c20')
    nextPage(second, 'c40')
    expect(second.previous).toEqual([null])
  })
})
