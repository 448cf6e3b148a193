import { api, saveDownload, type UploadProgress } from './index'
import { uploadSheet } from './sheetUpload'
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

/** What an import of yearly workload did: the rows recorded (each replaces the item's figures of the year). */
export interface WorkloadImportResult {
  year: number
  recorded: number
}

/** Imports the year's workload from .xlsx; all or nothing (a refused sheet rejects with its bad cells). */
export async function uploadWorkloadSheet(year: number, file: File, onProgress: UploadProgress): Promise<WorkloadImportResult> {
  return uploadSheet<WorkloadImportResult>(`/api/staffing/workload/import?year=${year}`, file, onProgress)
}

/** The import template (header row) of the year. */
export async function downloadWorkloadTemplate(year: number): Promise<void> {
  await saveDownload(`/api/staffing/workload/template.xlsx?year=${year}`, `lvzhi-workload-${year}-template.xlsx`)
}
