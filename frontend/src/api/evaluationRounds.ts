import { api, saveDownload } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  AdvanceEvaluationRoundDocument,
  ChangeEvaluationDeadlineDocument,
  ChangeEvaluationRoundUnitsDocument,
  ComputeEvaluationFiguresDocument,
  CorrectPublishedScoreDocument,
  EvaluationRoundDocument,
  EvaluationRoundProgressDocument,
  EvaluationRoundsDocument,
  FillFirstMarksFromRulesDocument,
  FinalizeEvaluationScoresDocument,
  IssueReminderLettersDocument,
  MarkEvaluationScoresDocument,
  MyEvaluationTasksDocument,
  OpenEvaluationRoundDocument,
  ReplyToEvaluationMarksDocument,
  ReturnEvaluationSubmissionDocument,
  SubmitEvaluationFormDocument,
  SubmitSelfAssessmentDocument,
  type EvaluationMarkInput,
  type EvaluationReplyInput,
  type EvaluationRoundQuery,
  type EvaluationRoundRowFragment,
  type EvaluationRoundProgressQuery,
  type EvaluationScoreRowFragment,
  type EvaluationStage,
  type EvaluationSubmissionRowFragment,
  type MyEvaluationTasksQuery,
  type OpenEvaluationRoundInput,
  type ReminderLetterRowFragment,
  type SelfAssessmentEntryInput,
  type SubmissionForm,
} from './generated/graphql'

/** Evaluation rounds (评估批次) and their staged marking. */
export type EvaluationRoundRow = EvaluationRoundRowFragment
export type EvaluationRoundDetail = EvaluationRoundQuery['evaluationRound']
export type ScoreRow = EvaluationScoreRowFragment
export type SubmissionRow = EvaluationSubmissionRowFragment
export type LetterRow = ReminderLetterRowFragment
export type ProgressRow = EvaluationRoundProgressQuery['evaluationRoundProgress'][number]
export type TaskRow = MyEvaluationTasksQuery['myEvaluationTasks'][number]

export const PAGE_SIZE = 50

export async function fetchEvaluationRounds(after: string | null): Promise<CountedPage<EvaluationRoundRow>> {
  const data = await api().execute(EvaluationRoundsDocument, { first: PAGE_SIZE, after })
  return countedPage(data.evaluationRounds)
}

/** A round with the score rows the caller may read (one unit's when unitId is given). */
export async function fetchEvaluationRound(id: string, unitId: string | null = null): Promise<EvaluationRoundDetail> {
  const data = await api().execute(EvaluationRoundDocument, { id, unitId })
  return data.evaluationRound
}

export async function fetchProgress(roundId: string): Promise<ProgressRow[]> {
  const data = await api().execute(EvaluationRoundProgressDocument, { roundId })
  return data.evaluationRoundProgress
}

export async function fetchMyTasks(): Promise<TaskRow[]> {
  const data = await api().execute(MyEvaluationTasksDocument, {})
  return data.myEvaluationTasks
}

export async function openRound(input: OpenEvaluationRoundInput): Promise<EvaluationRoundRow> {
  const data = await api().execute(OpenEvaluationRoundDocument, { input })
  return data.openEvaluationRound.round
}

export async function advanceRound(roundId: string, version: number, stage: EvaluationStage,
  replyClosesAt: string | null): Promise<EvaluationRoundRow> {
  const data = await api().execute(AdvanceEvaluationRoundDocument, { input: { roundId, version, stage, replyClosesAt } })
  return data.advanceEvaluationRound.round
}

export async function changeDeadline(submissionId: string, version: number, dueAt: string, locksAt: string,
  reason: string): Promise<void> {
  await api().execute(ChangeEvaluationDeadlineDocument, { input: { submissionId, version, dueAt, locksAt, reason } })
}

/** 编办 adds and removes units while the self-assessment is open, with the reason. */
export async function changeRoundUnits(roundId: string, addUnitIds: string[], removeUnitIds: string[], reason: string): Promise<void> {
  await api().execute(ChangeEvaluationRoundUnitsDocument, { input: { roundId, addUnitIds, removeUnitIds, reason } })
}

/** Computes the round's computed indicators for its units; how many figures were written, and of them not applicable. */
export async function computeFigures(roundId: string): Promise<{ figures: number; notApplicable: number }> {
  const data = await api().execute(ComputeEvaluationFiguresDocument, { input: { roundId } })
  return data.computeEvaluationFigures
}

export async function returnSubmission(submissionId: string, version: number, comment: string): Promise<void> {
  await api().execute(ReturnEvaluationSubmissionDocument, { input: { submissionId, version, comment } })
}

export async function submitSelfAssessment(roundId: string, entries: SelfAssessmentEntryInput[]): Promise<void> {
  await api().execute(SubmitSelfAssessmentDocument, { input: { roundId, entries } })
}

export async function submitForm(roundId: string, form: SubmissionForm): Promise<void> {
  await api().execute(SubmitEvaluationFormDocument, { input: { roundId, form } })
}

/** Issues letters to the units still missing something; returns how many went out. */
export async function issueLetters(roundId: string): Promise<number> {
  const data = await api().execute(IssueReminderLettersDocument, { input: { roundId } })
  return data.issueReminderLetters.count
}

export async function markFirst(roundId: string, unitId: string, marks: EvaluationMarkInput[]): Promise<void> {
  await api().execute(MarkEvaluationScoresDocument, { input: { roundId, unitId, marks } })
}

export async function fillFromRules(roundId: string, unitId: string | null): Promise<number> {
  const data = await api().execute(FillFirstMarksFromRulesDocument, { input: { roundId, unitId } })
  return data.fillFirstMarksFromRules.scores.length
}

export async function markFinal(roundId: string, unitId: string, marks: EvaluationMarkInput[]): Promise<void> {
  await api().execute(FinalizeEvaluationScoresDocument, { input: { roundId, unitId, marks } })
}

/** The unit's replies to its deductions; none waives the reply. */
export async function reply(roundId: string, replies: EvaluationReplyInput[]): Promise<void> {
  await api().execute(ReplyToEvaluationMarksDocument, { input: { roundId, replies } })
}

export async function correctScore(scoreId: string, version: number, score: number, reason: string): Promise<void> {
  await api().execute(CorrectPublishedScoreDocument, { input: { scoreId, version, score: String(score), reason } })
}

/** Downloads a reminder letter (提醒函) as PDF. */
export async function downloadLetter(letter: LetterRow): Promise<void> {
  await saveDownload(letter.pdfPath, `${letter.letterNo}.pdf`)
}
