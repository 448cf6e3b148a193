import { describe, expect, it } from 'vitest'
import type { FormDetail } from '@/api/evaluationForms'
import { BoundaryRole, FormDecision, FormReviewDecision, Role, SubmissionForm, SubmissionStatus, SuggestionKind } from '@/api/generated/graphql'
import {
  changedRows, dutiesOf, emptySuggestion, formatRate, latestVersion, operationTotals, returnedVersion, reviewInput, reviewsForms,
  operationDrafts, rowComment, rowsWithFiles, saveInput, suggestionDrafts, suggestionFields, suggestionProblem, unfilledRows,
  type BoundaryRow, type OperationRow, type SuggestionDraft, type Version,
} from '../data'

const goal = (id: string, over: Partial<OperationRow> = {}): OperationRow => ({
  goalId: id, goalTitle: `目标${id}`, target: '12件', done: '已完成', figure: '12', met: true, selfScore: '5',
  files: [{ id: '7', fileName: '台账.pdf', sizeBytes: 2048 }], ...over,
})
const item = (id: string, over: Partial<BoundaryRow> = {}): BoundaryRow => ({
  listItemId: id, itemCode: `BJ-${id}`, itemName: '油烟扰民', role: BoundaryRole.LEAD, performance: '牵头处置', casesHandled: 3,
  caseCodes: ['A'], problems: null, ...over,
})
const empty = { operations: [], boundaries: [], suggestions: [] }

function version(seq: number, over: Partial<Version> = {}): Version {
  return {
    id: `v${seq}`, seq, submittedAt: '2026-12-01T10:00:00+08:00', submittedByName: '张三', late: false, decision: null,
    reviewComment: null, rowComments: [], indicatorCode: null, reviewedAt: null, reviewedByName: null, content: empty, ...over,
  }
}

function detail(form: SubmissionForm, over: Partial<FormDetail> = {}): FormDetail {
  return {
    id: '42', roundId: '3', draftVersion: 2, savedAt: null, savedByName: null, editable: true, reviewable: false,
    submission: {
      id: '42', form, status: SubmissionStatus.PENDING, dueAt: '2026-12-10T00:00:00+08:00', locksAt: '2026-12-12T00:00:00+08:00',
      submittedAt: null, submittedByName: null, reviewComment: null, late: false, version: 4, unit: { id: '10', name: '区生态环境局' },
    },
    content: empty, versions: [], offices: [
      { id: '1', name: '办公室', duties: [{ itemId: '100', code: 'T-1', name: '文电处理', version: 2 }] },
      { id: '2', name: '执法科', duties: [] },
    ],
    ...over,
  }
}

describe('who reviews', () => {
  it('is the establishment office only', () => {
    expect(reviewsForms([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(reviewsForms([Role.LEADER])).toBe(false)
    expect(reviewsForms([Role.DEPARTMENT])).toBe(false)
  })
})

describe('the save input', () => {
  it('sends only the rows of the form’s own kind, blanks as null, at the draft version read', () => {
    const input = saveInput(detail(SubmissionForm.OPERATION_RESULTS), [goal('1', { done: '  ', figure: '' })], [item('9')], [])
    expect(input).toEqual({
      submissionId: '42', version: 2,
      operations: [{ goalId: '1', done: null, figure: null, met: true, selfScore: '5', fileIds: ['7'] }],
    })
    const boundary = saveInput(detail(SubmissionForm.BOUNDARY_PERFORMANCE), [goal('1')], [item('9', { problems: '配合慢' })], [])
    expect(boundary).toEqual({ submissionId: '42', version: 2, boundaries: [{ listItemId: '9', performance: '牵头处置', problems: '配合慢' }] })
  })

  it('edits a copy of each row’s files and sends their ids', () => {
    const content = { ...empty, operations: [goal('1')] }
    const rows = operationDrafts(content)
    rows[0]!.files.push({ id: '8', fileName: '照片.png', sizeBytes: 10 })
    expect(content.operations[0]!.files.map((f) => f.id)).toEqual(['7'])
    expect(saveInput(detail(SubmissionForm.OPERATION_RESULTS), rows, [], []).operations?.[0]?.fileIds).toEqual(['7', '8'])
  })

  it('sends a suggestion’s fields as its kind needs them', () => {
    const add: SuggestionDraft = { kind: SuggestionKind.ADD, fromOfficeId: '1', toOfficeId: '2', dutyItemId: '100', dutyName: '新职责', reason: '新增' }
    const input = saveInput(detail(SubmissionForm.OFFICE_SUGGESTIONS), [], [], [add])
    expect(input.suggestions).toEqual([{ kind: SuggestionKind.ADD, fromOfficeId: null, toOfficeId: '2', dutyItemId: null, dutyName: '新职责', reason: '新增' }])
    const cancel = saveInput(detail(SubmissionForm.OFFICE_SUGGESTIONS), [], [], [{ ...add, kind: SuggestionKind.CANCEL }])
    expect(cancel.suggestions).toEqual([{ kind: SuggestionKind.CANCEL, fromOfficeId: '1', toOfficeId: null, dutyItemId: '100', dutyName: null, reason: '新增' }])
  })
})

describe('suggestions', () => {
  it.each([
    [SuggestionKind.MOVE, { from: true, to: true, duty: true, name: false }],
    [SuggestionKind.ADD, { from: false, to: true, duty: false, name: true }],
    [SuggestionKind.CANCEL, { from: true, to: false, duty: true, name: false }],
  ])('%s asks for its own fields', (kind, fields) => {
    expect(suggestionFields(kind)).toEqual(fields)
  })

  it.each<[Partial<SuggestionDraft>, string | null]>([
    [{}, 'evaluationForms.needFrom'],
    [{ fromOfficeId: '1' }, 'evaluationForms.needTo'],
    [{ fromOfficeId: '1', toOfficeId: '1' }, 'evaluationForms.sameOffice'],
    [{ fromOfficeId: '1', toOfficeId: '2' }, 'evaluationForms.needDuty'],
    [{ fromOfficeId: '1', toOfficeId: '2', dutyItemId: '100' }, 'evaluationForms.needReason'],
    [{ fromOfficeId: '1', toOfficeId: '2', dutyItemId: '100', reason: '归口' }, null],
    [{ kind: SuggestionKind.ADD, toOfficeId: '2', reason: 'x' }, 'evaluationForms.needName'],
    [{ kind: SuggestionKind.ADD, toOfficeId: '2', dutyName: '新职责', reason: 'x' }, null],
    [{ kind: SuggestionKind.CANCEL, fromOfficeId: '1', dutyItemId: '100', reason: 'x' }, null],
  ])('%o lacks %s', (over, problem) => {
    expect(suggestionProblem({ ...emptySuggestion(), ...over })).toBe(problem)
  })

  it('turns stored suggestions into drafts and lists an office’s duties', () => {
    const drafts = suggestionDrafts({ ...empty, suggestions: [{ kind: SuggestionKind.MOVE, fromOfficeId: '1', fromOfficeName: '办公室',
      toOfficeId: '2', toOfficeName: '执法科', dutyItemId: '100', dutyName: '文电处理', reason: '归口' }] })
    expect(drafts).toEqual([{ kind: SuggestionKind.MOVE, fromOfficeId: '1', toOfficeId: '2', dutyItemId: '100', dutyName: '', reason: '归口' }])
    expect(dutiesOf(detail(SubmissionForm.OFFICE_SUGGESTIONS).offices, '1').map((d) => d.name)).toEqual(['文电处理'])
    expect(dutiesOf(detail(SubmissionForm.OFFICE_SUGGESTIONS).offices, '')).toEqual([])
  })
})

describe('completeness and totals', () => {
  it('names the rows still to fill, 1-based', () => {
    expect(unfilledRows(SubmissionForm.OPERATION_RESULTS, [goal('1'), goal('2', { met: null }), goal('3', { selfScore: ' ' })], [])).toEqual([2, 3])
    expect(unfilledRows(SubmissionForm.BOUNDARY_PERFORMANCE, [], [item('1', { performance: null }), item('2')])).toEqual([1])
    expect(unfilledRows(SubmissionForm.OFFICE_SUGGESTIONS, [], [])).toEqual([])
  })

  it('sums the self-scores and the share of goals met, shown as a rate', () => {
    const totals = operationTotals([goal('1', { selfScore: '5.5' }), goal('2', { selfScore: '2.25', met: false }), goal('3', { selfScore: null, met: true })])
    expect(totals.selfScore).toBeCloseTo(7.75)
    expect(formatRate(totals.metShare)).toBe('66.67%')
    expect(formatRate(operationTotals([]).metShare)).toBe('—')
  })
  it('reads decimals the API sends as JSON numbers', () => {
    const served = goal('1', { selfScore: 4.5 as unknown as string, figure: 12 as unknown as string })
    expect(operationTotals([served]).selfScore).toBe(4.5)
    expect(unfilledRows(SubmissionForm.OPERATION_RESULTS, [served], [])).toEqual([])
    expect(saveInput(detail(SubmissionForm.OPERATION_RESULTS), [served], [], []).operations?.[0]).toMatchObject({ figure: '12', selfScore: '4.5' })
  })

})

describe('versions and review', () => {
  it('reads 编办’s row comments from the returned version only', () => {
    const returned = version(2, { decision: FormDecision.RETURNED, rowComments: [{ row: 1, comment: '数据有误' }] })
    const form = detail(SubmissionForm.OPERATION_RESULTS, { versions: [returned, version(1, { decision: FormDecision.RETURNED })] })
    expect(latestVersion(form)?.seq).toBe(2)
    expect(returnedVersion(form)).toBe(returned)
    expect(rowComment(returned, 1)).toBe('数据有误')
    expect(rowComment(returned, 0)).toBeNull()
    expect(returnedVersion(detail(SubmissionForm.OPERATION_RESULTS, { versions: [version(3)] }))).toBeUndefined()
  })

  it('shows which rows changed since the previous version', () => {
    const v1 = version(1, { content: { ...empty, operations: [goal('1'), goal('2')] } })
    const v2 = version(2, { content: { ...empty, operations: [goal('1'), goal('2', { done: '补充了佐证' })] } })
    expect(changedRows(v2, v1)).toEqual([2])
    expect(changedRows(v1, undefined)).toEqual([])
  })

  it('lists the rows naming evidence, 1-based, with their files', () => {
    const v = version(1, { content: { ...empty, operations: [goal('1', { files: [] }), goal('2')] } })
    expect(rowsWithFiles(v)).toEqual([{ row: 2, files: [{ id: '7', fileName: '台账.pdf', sizeBytes: 2048 }] }])
    expect(rowsWithFiles(version(2))).toEqual([])
  })

  it('builds the review without blanks, the indicator only when accepting form (1)', () => {
    const form = detail(SubmissionForm.OPERATION_RESULTS)
    const input = reviewInput(form, FormReviewDecision.RETURN, '  ', { 0: ' 请补充 ', 1: '' }, [{ row: 0, description: '数值不符' }, { row: null, description: ' ' }], 'B1')
    expect(input).toEqual({
      submissionId: '42', version: 4, decision: FormReviewDecision.RETURN, comment: null,
      rowComments: [{ row: 0, comment: '请补充' }], problems: [{ row: 0, description: '数值不符' }], indicatorCode: null,
    })
    expect(reviewInput(form, FormReviewDecision.ACCEPT, '同意', {}, [], 'B1').indicatorCode).toBe('B1')
    expect(reviewInput(detail(SubmissionForm.OFFICE_SUGGESTIONS), FormReviewDecision.ACCEPT, '', {}, [], 'B1').indicatorCode).toBeNull()
  })
})
