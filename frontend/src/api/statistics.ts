import { api, saveDownload } from './index'
import {
  CaseBoardDocument,
  CaseStatisticsDocument,
  type CaseBoardQuery,
  type CaseStatisticsInput,
  type CaseStatisticsQuery,
} from './generated/graphql'

export type CaseStatistics = CaseStatisticsQuery['caseStatistics']
export type StatisticsGroup = CaseStatistics['groups'][number]
export type CaseBoard = CaseBoardQuery['caseBoard']

/** Case figures grouped as asked, within the caller's scope. */
export async function fetchCaseStatistics(input: CaseStatisticsInput): Promise<CaseStatistics> {
  const data = await api().execute(CaseStatisticsDocument, { input })
  return data.caseStatistics
}

/** The command-centre board snapshot. */
export async function fetchCaseBoard(): Promise<CaseBoard> {
  const data = await api().execute(CaseBoardDocument, {})
  return data.caseBoard
}

/** The .xlsx of one statistics view (every group and the totals), as the server writes it for this input. */
export function statisticsExportUrl(input: CaseStatisticsInput): string {
  const params = new URLSearchParams({ groupBy: input.groupBy, from: input.from, to: input.to })
  if (input.areaUnitId) params.set('areaUnitId', input.areaUnitId)
  if (input.minSample != null) params.set('minSample', String(input.minSample))
  return `/api/cases/statistics/export?${params.toString()}`
}

/** Downloads one statistics view as .xlsx under the server's Chinese file name. */
export async function downloadStatistics(input: CaseStatisticsInput): Promise<void> {
  await saveDownload(statisticsExportUrl(input), 'case-statistics.xlsx')
}
