import { describe, expect, it } from 'vitest'
import { badgeText, safeLink } from '../notifications'

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
})
