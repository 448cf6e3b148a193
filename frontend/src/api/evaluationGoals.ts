import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  DeleteDutyGoalDocument,
  DraftDutyGoalDocument,
  DutyGoalDocument,
  DutyGoalsDocument,
  GoalCoverageDocument,
  PublishDutyGoalsDocument,
  RecordGoalVerificationDocument,
  ReportGoalProgressDocument,
  ReviewDutyGoalDocument,
  SubmitDutyGoalDocument,
  SubmitDutyGoalsDocument,
  UpdateDutyGoalDocument,
  type DutyGoalFilter,
  type GoalContentInput,
  type GoalCoverageQuery,
  type GoalDetailFragment,
  type GoalRowFragment,
  type PublishDutyGoalsMutation,
  type RecordGoalVerificationInput,
  type ReportGoalProgressInput,
  type ReviewDecision,
} from './generated/graphql'

/** Duty goals (年度履职目标) of evaluation: the unit's drafts, 编办's review and publication, progress and verification. */
export type GoalRow = GoalRowFragment
export type GoalDetail = GoalDetailFragment
export type GoalProgressRow = GoalDetail['progress'][number]
export type GoalVerificationRow = GoalDetail['verifications'][number]
export type CoverageRow = GoalCoverageQuery['goalCoverage'][number]
export type PublishResult = PublishDutyGoalsMutation['publishDutyGoals']

export const PAGE_SIZE = 50

export async function fetchGoals(filter: DutyGoalFilter, after: string | null, first = PAGE_SIZE): Promise<CountedPage<GoalRow>> {
  const data = await api().execute(DutyGoalsDocument, { filter, first, after })
  return countedPage(data.dutyGoals)
}

export async function fetchGoal(id: string): Promise<GoalDetail> {
  const data = await api().execute(DutyGoalDocument, { id })
  return data.dutyGoal
}

export async function fetchCoverage(year: number, unitId: string | null): Promise<CoverageRow[]> {
  const data = await api().execute(GoalCoverageDocument, { year, unitId })
  return data.goalCoverage
}

export async function draftGoal(unitId: string, year: number, content: GoalContentInput): Promise<GoalRow> {
  const data = await api().execute(DraftDutyGoalDocument, { input: { unitId, year, content } })
  return data.draftDutyGoal.goal
}

export async function updateGoal(id: string, version: number, content: GoalContentInput): Promise<GoalRow> {
  const data = await api().execute(UpdateDutyGoalDocument, { input: { id, version, content } })
  return data.updateDutyGoal.goal
}

export async function deleteGoal(id: string, version: number): Promise<void> {
  await api().execute(DeleteDutyGoalDocument, { input: { id, version } })
}

export async function submitGoal(id: string, version: number): Promise<GoalRow> {
  const data = await api().execute(SubmitDutyGoalDocument, { input: { id, version } })
  return data.submitDutyGoal.goal
}

export async function submitYear(unitId: string, year: number): Promise<number> {
  const data = await api().execute(SubmitDutyGoalsDocument, { input: { unitId, year } })
  return data.submitDutyGoals.goals.length
}

export async function reviewGoal(id: string, version: number, decision: ReviewDecision, comment: string | null): Promise<GoalRow> {
  const data = await api().execute(ReviewDutyGoalDocument, { input: { id, version, decision, comment } })
  return data.reviewDutyGoal.goal
}

export async function publishGoals(year: number): Promise<PublishResult> {
  const data = await api().execute(PublishDutyGoalsDocument, { input: { year } })
  return data.publishDutyGoals
}

export async function reportProgress(input: ReportGoalProgressInput): Promise<void> {
  await api().execute(ReportGoalProgressDocument, { input })
}

export async function recordVerification(input: RecordGoalVerificationInput): Promise<void> {
  await api().execute(RecordGoalVerificationDocument, { input })
}
