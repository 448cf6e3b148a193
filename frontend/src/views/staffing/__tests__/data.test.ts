import { describe, expect, it } from 'vitest'
import { Role } from '@/api/generated/graphql'
import { formatShare, officePostsInput, recentYears, suggestsPosts } from '../data'

describe('staffing helpers', () => {
  it('shows shares as percentages', () => {
    expect(formatShare('0.3333')).toBe('33.3%')
    expect(formatShare(1)).toBe('100.0%')
    expect(formatShare(null)).toBe('—')
  })

  it('offers the recent years, newest first', () => {
    expect(recentYears(2026, 3)).toEqual([2026, 2025, 2024])
  })

  it('sends office posts only when a whole number was typed', () => {
    expect(officePostsInput(' 4 ')).toBe(4)
    expect(officePostsInput('')).toBeUndefined()
    expect(officePostsInput('4.5')).toBeUndefined()
  })

  it('offers post suggestions to the region (office, committee, leaders), not to a department', () => {
    expect(suggestsPosts([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(suggestsPosts([Role.COMMITTEE])).toBe(true)
    expect(suggestsPosts([Role.LEADER])).toBe(true)
    expect(suggestsPosts([Role.DEPARTMENT])).toBe(false)
  })
})
