import { describe, expect, it, vi } from 'vitest'
import { coalesce } from '@/composables/usePush'
import { badgeText, mutedOf, safeLink } from '../notifications'

describe('notification bell', () => {
  it('shows the unread count, capped', () => {
    expect(badgeText(0)).toBe('')
    expect(badgeText(7)).toBe('7')
    expect(badgeText(120)).toBe('99+')
  })

  it('follows in-app links only', () => {
    expect(safeLink('/lists/items/42')).toBe('/lists/items/42')
    expect(safeLink('//evil.example/x')).toBeNull()
    expect(safeLink('https://evil.example/')).toBeNull()
  })

  it('mutes exactly the kinds left unticked in the settings', () => {
    const all = ['CASE_DISPATCHED', 'CASE_REMINDED', 'LIST_CHANGE_APPROVED']
    expect(mutedOf(all, ['CASE_DISPATCHED'])).toEqual(['CASE_REMINDED', 'LIST_CHANGE_APPROVED'])
    expect(mutedOf(all, all)).toEqual([])
    expect(mutedOf(all, [])).toEqual(all)
  })

  it('reads the list once after a burst of pushed notifications', () => {
    vi.useFakeTimers()
    const read = vi.fn()
    const soon = coalesce(read, 300)
    soon()
    soon()
    vi.advanceTimersByTime(200)
    soon()
    expect(read).not.toHaveBeenCalled()
    vi.advanceTimersByTime(300)
    expect(read).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1_000)
    expect(read).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
  })

  it('still reads while pushes never stop coming', () => {
    vi.useFakeTimers()
    const read = vi.fn()
    const soon = coalesce(read, 300)
    // a push every 100 ms for 1.2 s, as on a busy hour: a read every 300 ms, none held back until a pause
    for (let t = 0; t < 1_200; t += 100) {
      soon()
      vi.advanceTimersByTime(100)
    }
    expect(read).toHaveBeenCalledTimes(4)
    soon()
    vi.advanceTimersByTime(299)
    expect(read).toHaveBeenCalledTimes(4)
    vi.advanceTimersByTime(1)
    expect(read).toHaveBeenCalledTimes(5)
    vi.useRealTimers()
  })
})
