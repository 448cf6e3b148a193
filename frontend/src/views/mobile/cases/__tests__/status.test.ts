import { describe, expect, it } from 'vitest'
import { CaseStatus } from '@/api/generated/graphql'
import { statusTagType } from '../status'

describe('the status tag of a case', () => {
  it('gives every state a colour: done green, disputed red, waiting orange', () => {
    expect(statusTagType(CaseStatus.CLOSED)).toBe('success')
    expect(statusTagType(CaseStatus.COMPLETED)).toBe('success')
    expect(statusTagType(CaseStatus.DISPUTED)).toBe('danger')
    expect(statusTagType(CaseStatus.REPORTED)).toBe('warning')
    expect(statusTagType(CaseStatus.IN_PROGRESS)).toBe('primary')
    expect(statusTagType(CaseStatus.CANCELLED)).toBe('default')
  })
})
