import { api, saveDownload, type UploadProgress } from './index'
import {
  EvaluationDashboardDocument,
  EvaluationImportBodiesDocument,
  EvaluationResultDocument,
  EvaluationResultRoundsDocument,
  EvaluationResultsDocument,
  RaiseEvaluationProblemDocument,
  TypedDocumentString,
  type EvaluationCategory,
  type EvaluationDashboardQuery,
  type EvaluationResultQuery,
  type EvaluationResultRoundsQuery,
  type EvaluationResultsQuery,
} from './generated/graphql'
import { countedPage, type CountedPage } from './pagination'
import { uploadSheet } from './sheetUpload'

/** Evaluation results (评估结果): results by category, a unit's breakdown, the dashboard, imported figures. */
export type ResultRound = EvaluationResultRoundsQuery['evaluationResultRounds'][number]
export type RoundResults = EvaluationResultsQuery['evaluationResults']
export type ResultRow = RoundResults['rows'][number]
export type UnitResult = EvaluationResultQuery['evaluationResult']
export type ResultNode = UnitResult['nodes'][number]
export type Dashboard = EvaluationDashboardQuery['evaluationDashboard']

export async function fetchResultRounds(): Promise<ResultRound[]> {
  return (await api().execute(EvaluationResultRoundsDocument)).evaluationResultRounds
}

export async function fetchResults(roundId: string, category: EvaluationCategory | null): Promise<RoundResults> {
  return (await api().execute(EvaluationResultsDocument, { roundId, category })).evaluationResults
}

export async function fetchUnitResult(roundId: string, unitId: string): Promise<UnitResult> {
  return (await api().execute(EvaluationResultDocument, { roundId, unitId })).evaluationResult
}

export async function fetchDashboard(roundId: string): Promise<Dashboard> {
  return (await api().execute(EvaluationDashboardDocument, { roundId })).evaluationDashboard
}

export async function fetchImportBodies(roundId: string): Promise<string[]> {
  return (await api().execute(EvaluationImportBodiesDocument, { roundId })).evaluationImportBodies
}

export async function raiseProblem(roundId: string, unitId: string, scoreId: string | null, description: string): Promise<void> {
  await api().execute(RaiseEvaluationProblemDocument, { input: { roundId, unitId, scoreId, description } })
}

/** One row behind a computed figure (a case, dispatch, rating, reminder, list item…). */
export interface EvidenceRow {
  kind: string
  refId: string
  refCode: string | null
  label: string
  counted: boolean
  note: string | null
  occurredAt: string | null
}

interface EvidenceQuery {
  evaluationEvidence: {
    totalCount: number
    edges: { cursor: string; node: EvidenceRow }[]
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
  }
}

/**
 * The evidence query is served by the computations part of the feature (evaluationEvidence, the contract between the
 * parts); written by hand here so the page builds before both parts meet in one schema.
 */
const EvaluationEvidenceDocument = new TypedDocumentString<EvidenceQuery, { scoreId: string; first: number; after: string | null }>(`
  query EvaluationEvidence($scoreId: ID!, $first: Int, $after: String) {
    evaluationEvidence(scoreId: $scoreId, first: $first, after: $after) {
      totalCount
      edges { cursor node { kind refId refCode label counted note occurredAt } }
      pageInfo { hasNextPage endCursor }
    }
  }`)

export const EVIDENCE_PAGE = 50

export async function fetchEvidence(scoreId: string, after: string | null): Promise<CountedPage<EvidenceRow>> {
  return countedPage((await api().execute(EvaluationEvidenceDocument, { scoreId, first: EVIDENCE_PAGE, after })).evaluationEvidence)
}

export async function downloadFeedbackLetter(roundId: string, unitId: string, unitName: string): Promise<void> {
  await saveDownload(`/api/evaluation/rounds/${roundId}/units/${unitId}/feedback.pdf`, `评估结果反馈函_${unitName}.pdf`)
}

export async function exportResults(roundId: string, roundName: string): Promise<void> {
  await saveDownload(`/api/evaluation/rounds/${roundId}/results.xlsx`, `${roundName}_评估结果.xlsx`)
}

export async function downloadFigureTemplate(roundId: string, sourceBody: string): Promise<void> {
  await saveDownload(`/api/evaluation/rounds/${roundId}/figures/template?sourceBody=${encodeURIComponent(sourceBody)}`,
    `外部指标数据导入模板_${sourceBody}.xlsx`)
}

/** What an import of figures wrote. */
export interface FigureImportResult {
  importId: number
  rowCount: number
}

/** Imports a body's figures; all or nothing (a refused sheet rejects with its bad cells). */
export async function uploadFigures(roundId: string, sourceBody: string, file: File, onProgress: UploadProgress): Promise<FigureImportResult> {
  return uploadSheet<FigureImportResult>(
    `/api/evaluation/rounds/${roundId}/figures/import?sourceBody=${encodeURIComponent(sourceBody)}`, file, onProgress)
}
