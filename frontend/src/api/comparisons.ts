import { api, saveDownload } from './index'
import {
  ListComparisonReportDocument,
  ListComparisonsDocument,
  RunListComparisonDocument,
  RunListFusionDocument,
  type ComparisonKind,
  type ListComparisonReportQuery,
  type ListComparisonsQuery,
} from './generated/graphql'

/** Comparison reports (比对报告): cross-level (上下联动) and two-list fusion (两单融合). */
export type ComparisonSummary = ListComparisonsQuery['listComparisons'][number]
export type ComparisonReport = ListComparisonReportQuery['listComparison']
export type ComparisonRow = ComparisonReport['rows'][number]

/** How many stored reports the page lists (the newest first). */
export const REPORTS_SHOWN = 100

export async function fetchComparisons(kind: ComparisonKind | null): Promise<ComparisonSummary[]> {
  const data = await api().execute(ListComparisonsDocument, { kind, first: REPORTS_SHOWN })
  return data.listComparisons
}

export async function fetchComparison(id: string): Promise<ComparisonReport> {
  const data = await api().execute(ListComparisonReportDocument, { id })
  return data.listComparison
}

/** 编办: a county department against a city department; the new report's id. */
export async function runCrossLevel(subjectUnitId: string, referenceUnitId: string): Promise<string> {
  const data = await api().execute(RunListComparisonDocument, { input: { subjectUnitId, referenceUnitId } })
  return data.runListComparison.comparison.id
}

/** 编办: the service items against the power items of a department or a whole region; the new report's id. */
export async function runFusion(unitId: string): Promise<string> {
  const data = await api().execute(RunListFusionDocument, { input: { unitId } })
  return data.runListFusion.comparison.id
}

export function comparisonExportUrl(id: string): string {
  return `/api/lists/comparisons/${encodeURIComponent(id)}/export`
}

/** Downloads the report as .xlsx. */
export async function downloadComparison(id: string): Promise<void> {
  await saveDownload(comparisonExportUrl(id), `lvzhi-comparison-${id}.xlsx`)
}
