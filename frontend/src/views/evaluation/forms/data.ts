import { FormReviewDecision, Role, SubmissionForm, SuggestionKind } from '@/api/generated/graphql'
import type { FormDetail } from '@/api/evaluationForms'
import type { ReviewEvaluationFormInput, SaveEvaluationFormInput } from '@/api/generated/graphql'

/** The “1+3” forms in their order: (1) 年度职能运行成效表, (2) 部门间职责边界履职表, (3) 内设机构职责调整建议表. */
export const FORMS: readonly SubmissionForm[] = [
  SubmissionForm.OPERATION_RESULTS,
  SubmissionForm.BOUNDARY_PERFORMANCE,
  SubmissionForm.OFFICE_SUGGESTIONS,
]

export type Content = FormDetail['content']
export type OperationRow = Content['operations'][number]
export type BoundaryRow = Content['boundaries'][number]
export type Version = FormDetail['versions'][number]
export type Office = FormDetail['offices'][number]

/** A suggestion as the unit edits it (ids as strings, empty until chosen). */
export interface SuggestionDraft {
  kind: SuggestionKind
  fromOfficeId: string
  toOfficeId: string
  dutyItemId: string
  dutyName: string
  reason: string
}

/** Only 编办 reviews; the server decides everything else (a unit fills its own forms, leaders read). */
export function reviewsForms(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

export function emptySuggestion(): SuggestionDraft {
  return { kind: SuggestionKind.MOVE, fromOfficeId: '', toOfficeId: '', dutyItemId: '', dutyName: '', reason: '' }
}

/** The suggestions of a form's content as editable drafts. */
export function suggestionDrafts(content: Content): SuggestionDraft[] {
  return content.suggestions.map((s) => ({
    kind: s.kind,
    fromOfficeId: s.fromOfficeId ?? '',
    toOfficeId: s.toOfficeId ?? '',
    dutyItemId: s.dutyItemId ?? '',
    dutyName: s.kind === SuggestionKind.ADD ? s.dutyName : '',
    reason: s.reason,
  }))
}

/** Which fields a suggestion of this kind asks for: MOVE both offices and the duty, ADD the receiving office and a name, CANCEL the duty. */
export function suggestionFields(kind: SuggestionKind): { from: boolean; to: boolean; duty: boolean; name: boolean } {
  return {
    from: kind !== SuggestionKind.ADD,
    to: kind !== SuggestionKind.CANCEL,
    duty: kind !== SuggestionKind.ADD,
    name: kind === SuggestionKind.ADD,
  }
}

/** The locale key of what a suggestion still lacks (the server checks the same), or null when it is complete. */
export function suggestionProblem(s: SuggestionDraft): string | null {
  const f = suggestionFields(s.kind)
  if (f.from && s.fromOfficeId === '') return 'evaluationForms.needFrom'
  if (f.to && s.toOfficeId === '') return 'evaluationForms.needTo'
  if (f.from && f.to && s.fromOfficeId === s.toOfficeId) return 'evaluationForms.sameOffice'
  if (f.duty && s.dutyItemId === '') return 'evaluationForms.needDuty'
  if (f.name && s.dutyName.trim() === '') return 'evaluationForms.needName'
  if (s.reason.trim() === '') return 'evaluationForms.needReason'
  return null
}

/** The duties of an office (none when no office is chosen). */
export function dutiesOf(offices: readonly Office[], officeId: string): Office['duties'] {
  return offices.find((o) => o.id === officeId)?.duties ?? []
}

/** A typed value, or null when blank; decimals arrive from the API as JSON numbers although typed as strings. */
function blank(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const text = String(value)
  return text.trim() === '' ? null : text
}

/** The goal rows of a form as the unit edits them: each row's files its own copy, so removing one leaves the form read intact. */
export function operationDrafts(content: Content): OperationRow[] {
  return content.operations.map((r) => ({ ...r, files: r.files.map((f) => ({ ...f })) }))
}

/** The 1-based rows of a version that name evidence files, with their files (what 编办 and leaders download). */
export function rowsWithFiles(version: Version): { row: number; files: OperationRow['files'] }[] {
  return version.content.operations.flatMap((r, i) => (r.files.length > 0 ? [{ row: i + 1, files: r.files }] : []))
}

/** The save input of a form from the rows being edited: only the list of the form's own kind. */
export function saveInput(form: FormDetail, operations: readonly OperationRow[], boundaries: readonly BoundaryRow[],
  suggestions: readonly SuggestionDraft[]): SaveEvaluationFormInput {
  const base = { submissionId: form.id, version: form.draftVersion }
  switch (form.submission.form) {
    case SubmissionForm.OPERATION_RESULTS:
      return {
        ...base,
        operations: operations.map((r) => ({
          goalId: r.goalId, done: blank(r.done), figure: blank(r.figure), met: r.met ?? null,
          selfScore: blank(r.selfScore), fileIds: r.files.map((f) => f.id),
        })),
      }
    case SubmissionForm.BOUNDARY_PERFORMANCE:
      return {
        ...base,
        boundaries: boundaries.map((r) => ({ listItemId: r.listItemId, performance: blank(r.performance), problems: blank(r.problems) })),
      }
    default: {
      return {
        ...base,
        suggestions: suggestions.map((s) => {
          const f = suggestionFields(s.kind)
          return {
            kind: s.kind,
            fromOfficeId: f.from ? s.fromOfficeId : null,
            toOfficeId: f.to ? s.toOfficeId : null,
            dutyItemId: f.duty ? s.dutyItemId : null,
            dutyName: f.name ? s.dutyName : null,
            reason: s.reason,
          }
        }),
      }
    }
  }
}

/** The rows still to fill before submitting (1-based), as the server counts them. */
export function unfilledRows(form: SubmissionForm, operations: readonly OperationRow[], boundaries: readonly BoundaryRow[]): number[] {
  if (form === SubmissionForm.OPERATION_RESULTS) {
    return operations.flatMap((r, i) => (blank(r.done) === null || r.met === null || r.met === undefined || blank(r.selfScore) === null ? [i + 1] : []))
  }
  if (form === SubmissionForm.BOUNDARY_PERFORMANCE) {
    return boundaries.flatMap((r, i) => (blank(r.performance) === null ? [i + 1] : []))
  }
  return []
}

/** What an accepted 年度职能运行成效表 feeds: the sum of the self-scores and the share of goals met (null without goals). */
export function operationTotals(rows: readonly OperationRow[]): { selfScore: number; metShare: number | null } {
  const selfScore = rows.reduce((sum, r) => sum + (blank(r.selfScore) === null ? 0 : Number(r.selfScore)), 0)
  const metShare = rows.length === 0 ? null : rows.filter((r) => r.met === true).length / rows.length
  return { selfScore, metShare }
}

/** A share (0–1) as a rate with two decimals, e.g. 96.07%; "—" when absent. */
export function formatRate(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(2)}%`
}

/** 编办's comment on a row of a version, or null. */
export function rowComment(version: Version | undefined, row: number): string | null {
  return version?.rowComments.find((c) => c.row === row)?.comment ?? null
}

/** The newest version (versions come newest first), or undefined before the first submission. */
export function latestVersion(form: FormDetail): Version | undefined {
  return form.versions[0]
}

/** The version a unit should read comments from while editing: the newest, when 编办 returned it. */
export function returnedVersion(form: FormDetail): Version | undefined {
  const latest = latestVersion(form)
  return latest?.decision === 'RETURNED' ? latest : undefined
}

/** 编办's review as the mutation takes it: row comments and problems without blanks; an indicator only when accepting form (1). */
export function reviewInput(form: FormDetail, decision: FormReviewDecision, comment: string, rowComments: Record<number, string>,
  problems: readonly { row: number | null; description: string }[], indicatorCode: string): ReviewEvaluationFormInput {
  const feeds = decision === FormReviewDecision.ACCEPT && form.submission.form === SubmissionForm.OPERATION_RESULTS
  return {
    submissionId: form.id,
    version: form.submission.version,
    decision,
    comment: blank(comment),
    rowComments: Object.entries(rowComments)
      .filter(([, text]) => blank(text) !== null)
      .map(([row, text]) => ({ row: Number(row), comment: text.trim() })),
    problems: problems.filter((p) => blank(p.description) !== null).map((p) => ({ row: p.row, description: p.description.trim() })),
    indicatorCode: feeds ? blank(indicatorCode) : null,
  }
}

/** A version's rows compared with the one before: the 1-based rows whose content changed (what 编办 rereads after a return). */
export function changedRows(current: Version, previous: Version | undefined): number[] {
  if (!previous) return []
  const rows = (v: Version): string[] => [
    ...v.content.operations.map((r) => JSON.stringify(r)),
    ...v.content.boundaries.map((r) => JSON.stringify(r)),
    ...v.content.suggestions.map((r) => JSON.stringify(r)),
  ]
  const before = rows(previous)
  return rows(current).flatMap((r, i) => (before[i] === r ? [] : [i + 1]))
}
