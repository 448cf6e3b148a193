import { describe, expect, it } from 'vitest'
import { Role, TrackingStep } from '@/api/generated/graphql'
import { canApply, canChangeScope, isUnitUnderReview, managesMatters, reviewActions, type ReviewState } from '../actions'

const office = { roles: [Role.ESTABLISHMENT_OFFICE] }
const department = { roles: [Role.DEPARTMENT] }
const township = { roles: [Role.TOWNSHIP] }
const committee = { roles: [Role.COMMITTEE] }
const leader = { roles: [Role.LEADER] }

function review(step: TrackingStep, over: Partial<ReviewState> = {}): ReviewState {
  return { step, included: true, scored: false, archived: false, openRectifications: 0, ...over }
}

describe('follow-up actions mirror the backend', () => {
  it('offers the self-check to the unit under review during 自评自查 only', () => {
    expect(reviewActions(department, review(TrackingStep.SELF_CHECK))).toEqual(['selfCheck'])
    expect(reviewActions(township, review(TrackingStep.SELF_CHECK))).toEqual(['selfCheck'])
    expect(reviewActions(department, review(TrackingStep.SURVEY))).toEqual([])
    expect(reviewActions(department, review(TrackingStep.ON_SITE))).toEqual([])
    expect(reviewActions(office, review(TrackingStep.SELF_CHECK))).toEqual([])
    // a leader who also holds a department role sees the region, not "its own" matter
    expect(isUnitUnderReview({ roles: [Role.DEPARTMENT, Role.LEADER] })).toBe(false)
  })

  it('lets 编办 score during 现场核查 and 综合评定', () => {
    expect(reviewActions(office, review(TrackingStep.ON_SITE))).toEqual(['score'])
    expect(reviewActions(office, review(TrackingStep.ASSESSMENT, { scored: true }))).toEqual(['score'])
    expect(reviewActions(office, review(TrackingStep.FEEDBACK))).not.toContain('score')
    for (const viewer of [department, committee, leader]) {
      expect(reviewActions(viewer, review(TrackingStep.ON_SITE))).toEqual([])
    }
  })

  it('lets 编办 require and record rectifications and archive a scored review at 情况反馈 and 督促整改', () => {
    expect(reviewActions(office, review(TrackingStep.FEEDBACK))).toEqual(['requireRectification'])
    expect(reviewActions(office, review(TrackingStep.FEEDBACK, { scored: true, openRectifications: 1 }))).toEqual([
      'requireRectification',
      'recordRectification',
      'archive',
    ])
    expect(reviewActions(office, review(TrackingStep.RECTIFICATION, { scored: true }))).toEqual(['requireRectification', 'archive'])
    expect(reviewActions(committee, review(TrackingStep.RECTIFICATION, { scored: true, openRectifications: 1 }))).toEqual([])
  })

  it('offers nothing once archived or for a dropped matter', () => {
    expect(reviewActions(office, review(TrackingStep.RECTIFICATION, { scored: true, archived: true, openRectifications: 1 }))).toEqual([])
    expect(reviewActions(office, review(TrackingStep.ON_SITE, { included: false }))).toEqual([])
    expect(reviewActions(department, review(TrackingStep.SELF_CHECK, { included: false }))).toEqual([])
  })

  it('changes scope only at 部署安排 and 调查摸底, and only 编办 manages matters; units apply', () => {
    expect(canChangeScope(office, TrackingStep.PLAN)).toBe(true)
    expect(canChangeScope(office, TrackingStep.SURVEY)).toBe(true)
    expect(canChangeScope(office, TrackingStep.SELF_CHECK)).toBe(false)
    expect(canChangeScope(department, TrackingStep.PLAN)).toBe(false)
    expect(managesMatters(office)).toBe(true)
    expect(managesMatters(committee)).toBe(false)
    expect(canApply(department)).toBe(true)
    expect(canApply(township)).toBe(true)
    expect(canApply(office)).toBe(false)
  })
})
