import { describe, expect, it } from 'vitest'
import { Role, TrackingStep } from '@/api/generated/graphql'
import { businessToday, formatResult, formatTime, isAfterDay, isOverdue, managesTracking, nextStep, resultTag, shortHash, stepIndex, STEPS } from '../data'

describe('follow-up helpers', () => {
  it('walks the seven steps in order and stops after the last', () => {
    expect(STEPS).toHaveLength(7)
    expect(stepIndex(TrackingStep.PLAN)).toBe(0)
    expect(nextStep(TrackingStep.PLAN)).toBe(TrackingStep.SURVEY)
    expect(nextStep(TrackingStep.FEEDBACK)).toBe(TrackingStep.RECTIFICATION)
    expect(nextStep(TrackingStep.RECTIFICATION)).toBeNull()
  })

  it('formats results and marks those under 60', () => {
    expect(formatResult(87.46)).toBe('87.5')
    expect(formatResult(null)).toBe('—')
    expect(resultTag(59.9)).toBe('danger')
    expect(resultTag(60)).toBe('success')
    expect(resultTag(undefined)).toBe('info')
  })

  it('calls a rectification overdue only while it is open after its deadline', () => {
    expect(isOverdue({ deadline: '2026-08-31', doneOn: null }, '2026-09-01')).toBe(true)
    expect(isOverdue({ deadline: '2026-08-31', doneOn: null }, '2026-08-31')).toBe(false)
    expect(isOverdue({ deadline: '2026-08-31', doneOn: '2026-09-05' }, '2026-10-01')).toBe(false)
  })

  it('lets only the establishment office run rounds', () => {
    expect(managesTracking([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(managesTracking([Role.COMMITTEE, Role.LEADER])).toBe(false)
  })

  it('shortens hashes and dates today in Shanghai', () => {
    expect(shortHash('0123456789abcdef')).toBe('0123456789ab')
    expect(shortHash(null)).toBe('—')
    expect(businessToday(new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25')
  })

  it('shows server timestamps in Beijing time', () => {
    expect(formatTime('2026-11-24T18:59:03.123Z')).toBe('2026-11-25 02:59')
    expect(formatTime('2026-11-24T10:05:00+08:00')).toBe('2026-11-24 10:05')
    expect(formatTime(null)).toBe('')
    expect(formatTime('not a date')).toBe('')
  })

  it('refuses picker days after today, today itself is fine', () => {
    expect(isAfterDay(new Date(2026, 10, 25), '2026-11-24')).toBe(true)
    expect(isAfterDay(new Date(2026, 10, 24), '2026-11-24')).toBe(false)
    expect(isAfterDay(new Date(2025, 11, 31), '2026-01-01')).toBe(false)
    expect(isAfterDay(new Date(2027, 0, 1), '2026-12-31')).toBe(true)
  })
})
