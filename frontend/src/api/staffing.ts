import { api } from './index'
import {
  SuggestPostsToMoveDocument,
  WorkloadSummaryDocument,
  type SuggestPostsInput,
  type SuggestPostsToMoveQuery,
  type WorkloadSummaryQuery,
} from './generated/graphql'

/** Staffing from workload (编制测算). */
export type WorkloadSummary = WorkloadSummaryQuery['workloadSummary']
export type PostSuggestion = SuggestPostsToMoveQuery['suggestPostsToMove']

export async function fetchWorkload(year: number): Promise<WorkloadSummary> {
  const data = await api().execute(WorkloadSummaryDocument, { year })
  return data.workloadSummary
}

export async function suggestPosts(input: SuggestPostsInput): Promise<PostSuggestion> {
  const data = await api().execute(SuggestPostsToMoveDocument, { input })
  return data.suggestPostsToMove
}
