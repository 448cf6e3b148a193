import {
  DutyChangeStatus,
  EvaluationStage,
  FollowUpStatus,
  ItemStatus,
  Role,
  Verdict,
  type RecordDutyFindingInput,
} from '@/api/generated/graphql'
import type { FindingRow, SandingCounts, SandingUnitRow } from '@/api/evaluationSanding'

/** Pure helpers of the 三定 execution page (润州): who does what, tags, the finding form's checks and its input. */

export const VERDICTS: readonly Verdict[] = [Verdict.FULFILLED, Verdict.ABSENT, Verdict.OVERSTEP, Verdict.MISPLACED]
export const TEXT_MAX = 2000

type Tag = 'info' | 'warning' | 'danger' | 'success' | 'primary'

/** 编办 records findings and links duties to list items. */
export function recordsFindings(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

/** Findings can be changed until the round is published, by 编办 only. */
export function canEdit(roles: readonly Role[], stage: EvaluationStage | null): boolean {
  return recordsFindings(roles) && stage !== null && stage !== EvaluationStage.PUBLISHED
}

/** 编办 and leaders pick any department in scope; a department sees its own only. */
export function picksDepartment(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE) || roles.includes(Role.LEADER)
}

/** The department shown first: the caller's own when listed, else the first department. */
export function defaultDepartment(units: readonly SandingUnitRow[], ownUnitId: string | null): string | null {
  return units.find((u) => u.unitId === ownUnitId)?.unitId ?? units[0]?.unitId ?? null
}

/** Duties cancelled (取消) or strengthened (加强) have a follow-up. */
export function hasFollowUp(change: DutyChangeStatus): boolean {
  return change === DutyChangeStatus.CANCELLED || change === DutyChangeStatus.STRENGTHENED
}

export function verdictTag(verdict: Verdict | null | undefined): Tag {
  if (!verdict) return 'info'
  const tags: Record<Verdict, Tag> = { FULFILLED: 'success', ABSENT: 'danger', OVERSTEP: 'warning', MISPLACED: 'warning' }
  return tags[verdict]
}

export function followUpTag(status: FollowUpStatus): Tag {
  return status === FollowUpStatus.CLEAR ? 'success' : status === FollowUpStatus.FLAGGED ? 'danger' : 'info'
}

export function itemTag(status: ItemStatus): Tag {
  return status === ItemStatus.PUBLISHED ? 'primary' : status === ItemStatus.RETIRED ? 'info' : 'warning'
}

/** The finding form of one duty. */
export interface FindingDraft {
  verdict: Verdict | null
  wrongUnitId: string | null
  note: string
  evidence: string
}

export function draftOf(finding: FindingRow | null | undefined): FindingDraft {
  return {
    verdict: finding?.verdict ?? null,
    wrongUnitId: finding?.wrongUnit?.id ?? null,
    note: finding?.note ?? '',
    evidence: finding?.evidence ?? '',
  }
}

/** Why a draft cannot be saved (a key of the locale's `problems`), or null. */
export type DraftProblem = 'verdictRequired' | 'wrongUnitRequired' | 'wrongUnitSelf' | 'noteTooLong' | 'evidenceTooLong'

export function checkDraft(draft: FindingDraft, dutyUnitId: string): DraftProblem | null {
  if (!draft.verdict) return 'verdictRequired'
  if (draft.verdict === Verdict.MISPLACED && !draft.wrongUnitId) return 'wrongUnitRequired'
  if (draft.verdict === Verdict.MISPLACED && draft.wrongUnitId === dutyUnitId) return 'wrongUnitSelf'
  if ([...draft.note.trim()].length > TEXT_MAX) return 'noteTooLong'
  if ([...draft.evidence.trim()].length > TEXT_MAX) return 'evidenceTooLong'
  return null
}

/** Whether the form differs from the finding as saved (or holds anything when none is). */
export function isDirty(draft: FindingDraft, finding: FindingRow | null | undefined): boolean {
  const saved = draftOf(finding)
  const wrong = (d: FindingDraft) => (d.verdict === Verdict.MISPLACED ? d.wrongUnitId : null)
  return draft.verdict !== saved.verdict || wrong(draft) !== wrong(saved)
    || draft.note.trim() !== saved.note || draft.evidence.trim() !== saved.evidence
}

/** The mutation's input: the other unit only for 错位, empty texts left out, the version of the finding edited. */
export function toInput(draft: FindingDraft, roundId: string, dutyId: string,
  finding: FindingRow | null | undefined): RecordDutyFindingInput {
  if (!draft.verdict) throw new Error('verdict required')
  const note = draft.note.trim()
  const evidence = draft.evidence.trim()
  return {
    roundId,
    dutyId,
    verdict: draft.verdict,
    wrongUnitId: draft.verdict === Verdict.MISPLACED ? draft.wrongUnitId : null,
    note: note === '' ? null : note,
    evidence: evidence === '' ? null : evidence,
    version: finding ? finding.version : null,
  }
}

/** Findings other than 履行到位: 缺位 + 越位 + 错位. */
export function problemCount(counts: SandingCounts): number {
  return counts.absent + counts.overstep + counts.misplaced
}

/** The share of duties with a finding, as 96.07% (— when the department has no duty). */
export function recordedRate(counts: SandingCounts): string {
  if (counts.duties === 0) return '—'
  return `${((counts.recorded * 100) / counts.duties).toFixed(2)}%`
}

/** The case page a follow-up case links to. */
export function caseLink(caseId: string): string {
  return `/cases/${caseId}`
}

/** The wrong unit's picker shows the saved unit before any search. */
export function initialWrongUnit(finding: FindingRow | null | undefined): { id: string; name: string; code: string } | null {
  return finding?.wrongUnit ?? null
}
