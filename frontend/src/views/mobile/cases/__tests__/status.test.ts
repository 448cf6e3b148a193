import { describe, expect, it } from 'vitest'
import { CaseStatus, DispatchStatus } from '@/api/generated/graphql'
import { dispatchTagType, statusTagType } from '../status'

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

describe('the status tag of a hop', () => {
  it('shows refused and open-and-overdue in red, waiting orange, answered green', () => {
    expect(dispatchTagType(DispatchStatus.REFUSED, false)).toBe('danger')
    expect(dispatchTagType(DispatchStatus.SENT, false)).toBe('warning')
    expect(dispatchTagType(DispatchStatus.SENT, true)).toBe('danger')
    expect(dispatchTagType(DispatchStatus.SIGNED, false)).toBe('primary')
    expect(dispatchTagType(DispatchStatus.SIGNED, true)).toBe('danger')
    // a late answer is still an answer
    expect(dispatchTagType(DispatchStatus.REPLIED, true)).toBe('success')
    expect(dispatchTagType(DispatchStatus.RATED, false)).toBe('success')
  })
})
