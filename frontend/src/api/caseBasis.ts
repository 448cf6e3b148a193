import { api, saveDownload } from './index'
import {
  BasisChoicesDocument,
  BasisReportDocument,
  SetCaseBasisDocument,
  SuggestedBasisDocument,
  type BasisChoicesQuery,
  type BasisReportInput,
  type BasisReportQuery,
  type CaseBasisInput,
  type SuggestedBasisQuery,
} from './generated/graphql'

export type BasisItem = BasisChoicesQuery['basisChoices'][number]
export type BasisSuggestion = SuggestedBasisQuery['suggestedBasis'][number]
export type BasisReport = BasisReportQuery['basisReport']
export type BasisItemCount = BasisReport['topItems'][number]
export type UnnamedBasisCase = BasisReport['unnamedCases'][number]

/** What the handler of a hop may name as its basis, and which of those to offer first. */
export async function fetchBasisOptions(dispatchId: string): Promise<{ suggestions: BasisSuggestion[]; items: BasisItem[] }> {
  const suggestions = (await api().execute(SuggestedBasisDocument, { dispatchId })).suggestedBasis
  const items = (await api().execute(BasisChoicesDocument, { dispatchId })).basisChoices
  return { suggestions, items }
}

/** Names, changes or (basis null) clears the legal basis of a hop the caller handles. */
export async function setCaseBasis(dispatchId: string, basis: CaseBasisInput | null): Promise<void> {
  await api().execute(SetCaseBasisDocument, { input: { dispatchId, basis } })
}

export async function fetchBasisReport(input: BasisReportInput): Promise<BasisReport> {
  return (await api().execute(BasisReportDocument, { input })).basisReport
}

/** The .xlsx of the three basis reports for this input, as the server writes it. */
export function basisReportExportUrl(input: BasisReportInput): string {
  const params = new URLSearchParams({ from: input.from, to: input.to })
  if (input.unitId) params.set('unitId', input.unitId)
  return `/api/cases/basis-report/export?${params.toString()}`
}

export async function downloadBasisReport(input: BasisReportInput): Promise<void> {
  await saveDownload(basisReportExportUrl(input), 'case-basis-report.xlsx')
}
