import { describe, expect, it } from 'vitest'
import { GoalStatus, Role, TargetKind, VerificationResult } from '@/api/generated/graphql'
import {
  countByStatus,
  draftsGoals,
  emptyForm,
  fileSize,
  formatDate,
  formatQuantity,
  formErrors,
  formOf,
  isEditable,
  ofMilestone,
  quarterEnd,
  readsCoverage,
  resultTag,
  reviewsGoals,
  statusTag,
  targetText,
  toContent,
  yearOptions,
} from '../data'

describe('who does what', () => {
  it.each([
    [[Role.DEPARTMENT], true, false, true],
    [[Role.TOWNSHIP], true, false, true],
    [[Role.ESTABLISHMENT_OFFICE], false, true, true],
    [[Role.LEADER], false, false, true],
    [[Role.DISCIPLINE], false, false, false],
    [[Role.GRID_WORKER], false, false, false],
  ])('%s drafts %s, reviews %s, reads coverage %s', (roles, drafts, reviews, coverage) => {
    expect(draftsGoals(roles)).toBe(drafts)
    expect(reviewsGoals(roles)).toBe(reviews)
    expect(readsCoverage(roles)).toBe(coverage)
  })

  it.each([
    [GoalStatus.DRAFT, true, 'info'],
    [GoalStatus.RETURNED, true, 'danger'],
    [GoalStatus.SUBMITTED, false, 'warning'],
    [GoalStatus.ACCEPTED, false, 'primary'],
    [GoalStatus.PUBLISHED, false, 'success'],
  ])('%s: editable %s, tag %s', (status, editable, tag) => {
    expect(isEditable(status)).toBe(editable)
    expect(statusTag(status)).toBe(tag)
  })

  it('tags verification results', () => {
    expect(resultTag(VerificationResult.YES)).toBe('success')
    expect(resultTag(VerificationResult.PARTLY)).toBe('warning')
    expect(resultTag(VerificationResult.NO)).toBe('danger')
  })
})

describe('the goal form', () => {
  it('starts with a quantity target and a milestone per quarter due on its last day', () => {
    const form = emptyForm(2026)
    expect(form.targetKind).toBe(TargetKind.QUANTITY)
    expect(form.milestones.map((m) => m.dueOn)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'])
    expect(quarterEnd(2024, 1)).toBe('2024-03-31')
  })

  it('names every problem before sending', () => {
    const form = emptyForm(2026)
    expect(formErrors(form, 2026)).toEqual(['title', 'quantity', 'unit', 'milestoneText'])
    form.title = '年度执法检查'
    form.targetQuantity = 120
    form.targetUnit = '家次'
    form.milestones.forEach((m) => (m.description = '完成检查'))
    expect(formErrors(form, 2026)).toEqual([])
    form.milestones[1]!.quarter = 1
    form.milestones[3]!.dueOn = '2027-01-10'
    expect(formErrors(form, 2026)).toEqual(['quarterTwice', 'outsideYear'])
    form.milestones = []
    expect(formErrors(form, 2026)).toContain('milestoneCount')
  })

  it('needs a qualitative target text', () => {
    const form = emptyForm(2026)
    form.title = '健全机制'
    form.targetKind = TargetKind.QUALITATIVE
    form.milestones = [{ quarter: 2, description: '出台制度', dueOn: '2026-06-30', dueQuantity: 3 }]
    expect(formErrors(form, 2026)).toEqual(['text'])
    form.targetText = '建立“双随机、一公开”监管机制'
    expect(formErrors(form, 2026)).toEqual([])
  })

  it('sends only the target fields of its kind, milestones in quarter order', () => {
    const form = emptyForm(2026)
    form.title = ' 健全机制 '
    form.targetKind = TargetKind.QUALITATIVE
    form.targetQuantity = 5
    form.targetUnit = '件'
    form.targetText = ' 建立机制 '
    form.milestones = [
      { quarter: 3, description: '三季度', dueOn: '2026-09-30', dueQuantity: 2 },
      { quarter: 1, description: '一季度', dueOn: '2026-03-31', dueQuantity: 1 },
    ]
    const content = toContent(form)
    expect(content).toMatchObject({ title: '健全机制', targetQuantity: null, targetUnit: null, targetText: '建立机制' })
    expect(content.milestones.map((m) => [m.quarter, m.dueQuantity])).toEqual([[1, null], [3, null]])
    form.targetKind = TargetKind.QUANTITY
    expect(toContent(form)).toMatchObject({ targetQuantity: '5', targetUnit: '件', targetText: null })
    expect(toContent(form).milestones.map((m) => m.dueQuantity)).toEqual(['1', '2'])
  })

  it('reads a saved goal back into the form', () => {
    const form = formOf({
      title: '检查',
      dutyId: '7',
      targetKind: TargetKind.QUANTITY,
      targetQuantity: '120.00',
      targetUnit: '家次',
      milestones: [{ quarter: 1, description: '一季度', dueOn: '2026-03-31', dueQuantity: '30.00' }],
    })
    expect(form).toMatchObject({ dutyId: '7', powerItemId: null, officeId: null, targetQuantity: 120, targetText: '' })
    expect(form.milestones[0]?.dueQuantity).toBe(30)
  })
})

describe('display', () => {
  it('writes targets, quantities, dates and sizes', () => {
    expect(targetText({ targetKind: TargetKind.QUANTITY, targetQuantity: '120.00', targetUnit: '家次' })).toBe('120 家次')
    expect(targetText({ targetKind: TargetKind.QUALITATIVE, targetText: '建立机制' })).toBe('建立机制')
    expect(formatQuantity('12.50')).toBe('12.5')
    expect(formatQuantity(null)).toBe('—')
    expect(formatDate('2026-12-05')).toBe('2026-12-05')
    expect(formatDate('2026-12-04T17:30:00Z')).toBe('2026-12-05')
    expect(formatDate(null)).toBe('—')
    expect(fileSize(980)).toBe('980 B')
    expect(fileSize(12_600)).toBe('12.3 KB')
    expect(fileSize(4_718_592)).toBe('4.5 MB')
  })

  it('offers next, this and last year', () => {
    expect(yearOptions(2026)).toEqual([2027, 2026, 2025])
  })

  it('counts goals by status and picks the rows of a milestone', () => {
    const counts = countByStatus([{ status: GoalStatus.DRAFT }, { status: GoalStatus.DRAFT }, { status: GoalStatus.ACCEPTED }])
    expect(counts).toEqual({ DRAFT: 2, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 1, PUBLISHED: 0 })
    const rows = [{ id: 'a', milestoneId: '1' }, { id: 'b', milestoneId: null }, { id: 'c', milestoneId: '1' }]
    expect(ofMilestone(rows, '1').map((r) => r.id)).toEqual(['a', 'c'])
    expect(ofMilestone(rows, null).map((r) => r.id)).toEqual(['b'])
  })
})
