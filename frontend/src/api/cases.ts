import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  CaseCategoriesDocument,
  MyCasesDocument,
  PhoneCaseDocument,
  ReportCaseDocument,
  type ListKind,
  type MyCasesQuery,
  type PhoneCaseQuery,
  type ReportCaseInput,
  type ReportCaseMutation,
} from './generated/graphql'

export type MyCase = MyCasesQuery['cases']['edges'][number]['node']
export type PhoneCase = PhoneCaseQuery['case']
export type ReportedCase = ReportCaseMutation['reportCase']['case']
export interface CaseCategory {
  id: string
  code: string
  name: string
}

/** Sends a report; a retry with the same clientKey returns the first case (no duplicate). */
export async function reportCase(input: ReportCaseInput): Promise<ReportedCase> {
  const data = await api().execute(ReportCaseDocument, { input })
  return data.reportCase.case
}

/** The cases the caller reported itself (我的上报), newest first, whatever else its unit may see. */
export async function fetchMyCases(after: string | null, first = 20): Promise<CountedPage<MyCase>> {
  return countedPage((await api().execute(MyCasesDocument, { first, after })).cases)
}

/** One case as the phone shows it; NOT_FOUND when the caller may not see it. */
export async function fetchPhoneCase(id: string): Promise<PhoneCase> {
  return (await api().execute(PhoneCaseDocument, { id })).case
}

/** Published collaboration or territorial items matching a keyword, for the category picker. */
export async function fetchCaseCategories(kind: ListKind, keyword: string): Promise<CaseCategory[]> {
  const filter = keyword.trim() === '' ? { kind } : { kind, keyword: keyword.trim() }
  const data = await api().execute(CaseCategoriesDocument, { filter })
  return data.listItems.edges.map((edge) => edge.node)
}
