import { api } from './index'
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
