import { describe, expect, it } from 'vitest'
import { DrawStatus, Role } from '@/api/generated/graphql'
import { managesDraws, nextActions, readsWholeDraws, shortHash } from '../data'

describe('双随机 draws view rules', () => {
  it('lets 编办 act, and 编办 and leaders read whole draws', () => {
    expect(managesDraws([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(managesDraws([Role.LEADER])).toBe(false)
    expect(readsWholeDraws([Role.LEADER])).toBe(true)
    expect(readsWholeDraws([Role.DEPARTMENT])).toBe(false)
  })

  it('offers each step only in its turn: no seed before freezing, no draw before a seed', () => {
    expect(nextActions(DrawStatus.DRAFT, false)).toEqual(['freeze', 'cancel'])
    expect(nextActions(DrawStatus.FROZEN, false)).toEqual(['seed', 'cancel'])
    expect(nextActions(DrawStatus.FROZEN, true)).toEqual(['run', 'cancel'])
    expect(nextActions(DrawStatus.DRAWN, true)).toEqual(['cancel'])
    expect(nextActions(DrawStatus.CANCELLED, true)).toEqual([])
  })

  it('shortens a hash for the table', () => {
    expect(shortHash('51d9d6b95f38cd2f82a11a0fb10b2c02baa233da8ef0cc11d676c2d6eadbb3e6')).toBe('51d9d6b95f38…')
    expect(shortHash(null)).toBe('')
  })
})
