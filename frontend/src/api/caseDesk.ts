import { api, saveDownload } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  AcceptCaseDocument,
  AppealRatingDocument,
  CancelCaseDocument,
  CaseListDocument,
  CaseDetailDocument,
  CloseCaseDocument,
  DecideAppealDocument,
  DispatchCaseDocument,
  RateDispatchDocument,
  RefuseDispatchDocument,
  RemindDispatchDocument,
  ReplyDispatchDocument,
  SignDispatchDocument,
  SuggestedHandlersDocument,
  OverdueDispatchesDocument,
  type OverdueDispatchesQuery,
  type CaseListQuery,
  type CaseDetailQuery,
  type CaseBasisInput,
  type CaseFilter,
  type DecideAppealInput,
  type DispatchCaseInput,
  type RatingLevel,
  type SuggestedHandlersQuery,
} from './generated/graphql'

export type CaseRow = CaseListQuery['cases']['edges'][number]['node']
export type CaseDetail = CaseDetailQuery['case']
export type CaseDispatch = CaseDetail['dispatches'][number]
export type CaseRating = CaseDetail['ratings'][number]
export type CaseAppeal = CaseDetail['appeals'][number]
export type SuggestedHandler = SuggestedHandlersQuery['suggestedHandlers'][number]

export type OverdueDispatch = OverdueDispatchesQuery['overdueDispatches']['edges'][number]['node']

export const CASE_PAGE_SIZE = 20

/** Open dispatches the overdue job flagged (超期), oldest first, as far as the caller may see them. */
export async function fetchOverdueDispatches(after: string | null, first = CASE_PAGE_SIZE): Promise<CountedPage<OverdueDispatch>> {
  return countedPage((await api().execute(OverdueDispatchesDocument, { first, after })).overdueDispatches)
}

export async function fetchCaseBoard(filter: CaseFilter, after: string | null, first = CASE_PAGE_SIZE): Promise<CountedPage<CaseRow>> {
  const data = await api().execute(CaseListDocument, { filter, first, after })
  return countedPage(data.cases)
}

export async function fetchCase(id: string): Promise<CaseDetail> {
  return (await api().execute(CaseDetailDocument, { id })).case
}

/** The units the case's list item names that this unit may dispatch to on this hop (a first hop: parentDispatchId null). */
export async function fetchSuggestedHandlers(caseId: string, parentDispatchId: string | null): Promise<SuggestedHandler[]> {
  return (await api().execute(SuggestedHandlersDocument, { caseId, parentDispatchId })).suggestedHandlers
}

export async function acceptCase(caseId: string, note: string): Promise<void> {
  await api().execute(AcceptCaseDocument, { input: { caseId, note: note || null } })
}

/** A reason for a hop still open or unrated, which closes it unfinished (闭环). */
export interface HopReason {
  dispatchId: string
  reason: string
}

export async function closeCase(caseId: string, note: string, hopReasons: HopReason[] = []): Promise<void> {
  await api().execute(CloseCaseDocument, { input: { caseId, note: note || null, hopReasons } })
}

export async function cancelCase(caseId: string, reason: string): Promise<void> {
  await api().execute(CancelCaseDocument, { input: { caseId, reason } })
}

export async function dispatchCase(input: DispatchCaseInput): Promise<void> {
  await api().execute(DispatchCaseDocument, { input })
}

export async function signDispatch(dispatchId: string): Promise<void> {
  await api().execute(SignDispatchDocument, { input: { dispatchId } })
}

export async function refuseDispatch(dispatchId: string, reason: string): Promise<void> {
  await api().execute(RefuseDispatchDocument, { input: { dispatchId, reason } })
}

export async function replyDispatch(dispatchId: string, text: string, attachments: string[] = [],
  hopReasons: HopReason[] = [], basis: CaseBasisInput | null = null): Promise<void> {
  await api().execute(ReplyDispatchDocument, { input: { dispatchId, text, attachments, hopReasons, basis } })
}

export async function rateDispatch(dispatchId: string, level: RatingLevel, comment: string): Promise<void> {
  await api().execute(RateDispatchDocument, { input: { dispatchId, level, comment: comment || null } })
}

export async function remindDispatch(dispatchId: string, message: string): Promise<void> {
  await api().execute(RemindDispatchDocument, { input: { dispatchId, message } })
}

export async function appealRating(ratingId: string, reason: string): Promise<void> {
  await api().execute(AppealRatingDocument, { input: { ratingId, reason } })
}

export async function decideAppeal(input: DecideAppealInput): Promise<void> {
  await api().execute(DecideAppealDocument, { input })
}

/** The .xlsx of the case list under this filter (the rows the board pages through, at most 10,000). */
export function caseExportUrl(filter: CaseFilter): string {
  const params = new URLSearchParams()
  filter.statuses?.forEach((s) => params.append('status', s))
  if (filter.source) params.set('source', filter.source)
  if (filter.areaUnitId) params.set('areaUnitId', filter.areaUnitId)
  if (filter.originUnitId) params.set('originUnitId', filter.originUnitId)
  if (filter.reportedFrom) params.set('reportedFrom', filter.reportedFrom)
  if (filter.reportedTo) params.set('reportedTo', filter.reportedTo)
  if (filter.keyword) params.set('keyword', filter.keyword)
  const query = params.toString()
  return `/api/cases/export${query ? `?${query}` : ''}`
}

/** Downloads the case list under this filter as .xlsx under the server's Chinese file name. */
export async function downloadCases(filter: CaseFilter): Promise<void> {
  await saveDownload(caseExportUrl(filter), 'cases.xlsx')
}
