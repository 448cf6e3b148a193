import { api } from './index'
import {
  CaseReopenInfoDocument,
  RecordCaseVisitDocument,
  ReopenCaseDocument,
  type CaseReopenInfoQuery,
  type RatingLevel,
  type VisitWay,
} from './generated/graphql'

export type CaseReopenInfo = CaseReopenInfoQuery['case']
export type CaseVisitRow = CaseReopenInfo['visits'][number]

/** The case's rounds, reopenings (重办记录) and return visits (回访记录). */
export async function fetchReopenInfo(caseId: string): Promise<CaseReopenInfo> {
  return (await api().execute(CaseReopenInfoDocument, { id: caseId })).case
}

/** 重办: the key makes a retried request (a double click, a lost answer) return the first reopening. */
export async function reopenCase(caseId: string, caseVersion: number, reason: string, clientKey: string): Promise<void> {
  await api().execute(ReopenCaseDocument, { input: { caseId, caseVersion, reason, clientKey } })
}

export async function recordCaseVisit(caseId: string, way: VisitWay, satisfaction: RatingLevel, note: string): Promise<void> {
  await api().execute(RecordCaseVisitDocument, { input: { caseId, way, satisfaction, note: note || null } })
}
