import { describe, expect, it } from 'vitest'
import { chainState, changeRows, entityIdInput, orderedEntityTypes, shortHash } from '../data'

describe('chainState', () => {
  it('is intact, broken at a row, or unverified checkpoints', () => {
    expect(chainState({ intact: true, firstBrokenSeq: null })).toBe('intact')
    expect(chainState({ intact: false, firstBrokenSeq: 42 })).toBe('broken')
    expect(chainState({ intact: false, firstBrokenSeq: null })).toBe('unverified')
  })
})

describe('changeRows', () => {
  it('marks added, removed and changed fields and shows absent values as a dash', () => {
    expect(
      changeRows({
        changes: [
          { field: 'name', before: '一科', after: '二科' },
          { field: 'code', before: null, after: 'K1' },
          { field: 'status', before: 'SENT', after: null },
        ],
      }),
    ).toEqual([
      { field: 'name', before: '一科', after: '二科', kind: 'changed' },
      { field: 'code', before: '—', after: 'K1', kind: 'added' },
      { field: 'status', before: 'SENT', after: '—', kind: 'removed' },
    ])
    expect(changeRows({ changes: [] })).toEqual([])
  })
})

describe('orderedEntityTypes', () => {
  it('puts the case types first and keeps the rest in the trail order', () => {
    expect(orderedEntityTypes(['Dispute', 'Dispatch', 'Unit', 'Case', 'DutyGoal'])).toEqual(['Case', 'Dispatch', 'Unit', 'Dispute', 'DutyGoal'])
  })
})

describe('entityIdInput and shortHash', () => {
  it('trims the id and refuses empty or over-long ones', () => {
    expect(entityIdInput(' 123 ')).toBe('123')
    expect(entityIdInput('   ')).toBeNull()
    expect(entityIdInput('9'.repeat(65))).toBeNull()
  })
  it('shows the first twelve characters of a hash', () => {
    expect(shortHash('0a1b2c3d4e5f6a7b8c9d')).toBe('0a1b2c3d4e5f')
  })
})
