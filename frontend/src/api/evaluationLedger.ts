import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  AddLedgerActionDocument,
  CloseLedgerItemDocument,
  DecideLedgerExtensionDocument,
  EvaluationLedgerCountsDocument,
  EvaluationLedgerDocument,
  EvaluationLedgerItemDocument,
  OpenLedgerItemDocument,
  RectifyLedgerItemDocument,
  RequestLedgerExtensionDocument,
  SetLedgerActionDoneDocument,
  VerifyLedgerItemDocument,
  type EvaluationLedgerCountsQuery,
  type LedgerDetailFragment,
  type LedgerFilter,
  type LedgerRating,
  type LedgerRowFragment,
  type OpenLedgerItemInput,
} from './generated/graphql'

/** The rectification ledger (整改台账): items, counts per state, and each step of an item's life (销户管理). */
export type LedgerRow = LedgerRowFragment
export type LedgerDetail = LedgerDetailFragment
export type LedgerCounts = EvaluationLedgerCountsQuery['evaluationLedgerCounts']

export const PAGE_SIZE = 50

export async function fetchLedger(filter: LedgerFilter, after: string | null, first = PAGE_SIZE): Promise<CountedPage<LedgerRow>> {
  const data = await api().execute(EvaluationLedgerDocument, { filter, first, after })
  return countedPage(data.evaluationLedger)
}

export async function fetchLedgerCounts(filter: LedgerFilter): Promise<LedgerCounts> {
  const data = await api().execute(EvaluationLedgerCountsDocument, { filter })
  return data.evaluationLedgerCounts
}

export async function fetchLedgerItem(id: string): Promise<LedgerDetail> {
  const data = await api().execute(EvaluationLedgerItemDocument, { id })
  return data.evaluationLedgerItem
}

export async function openLedgerItem(input: OpenLedgerItemInput): Promise<LedgerDetail> {
  return (await api().execute(OpenLedgerItemDocument, { input })).openLedgerItem.item
}

export async function addLedgerAction(item: LedgerDetail, description: string): Promise<LedgerDetail> {
  const input = { id: item.id, version: item.version, description }
  return (await api().execute(AddLedgerActionDocument, { input })).addLedgerAction.item
}

export async function setLedgerActionDone(item: LedgerDetail, actionId: string, done: boolean): Promise<LedgerDetail> {
  const input = { id: item.id, version: item.version, actionId, done }
  return (await api().execute(SetLedgerActionDoneDocument, { input })).setLedgerActionDone.item
}

export async function rectifyLedgerItem(item: LedgerDetail, evidence: string, fileIds: string[]): Promise<LedgerDetail> {
  const input = { id: item.id, version: item.version, evidence, fileIds }
  return (await api().execute(RectifyLedgerItemDocument, { input })).rectifyLedgerItem.item
}

export async function verifyLedgerItem(item: LedgerDetail, rating: LedgerRating, note: string | null): Promise<LedgerDetail> {
  const input = { id: item.id, version: item.version, rating, note }
  return (await api().execute(VerifyLedgerItemDocument, { input })).verifyLedgerItem.item
}

export async function closeLedgerItem(item: LedgerDetail): Promise<LedgerDetail> {
  return (await api().execute(CloseLedgerItemDocument, { input: { id: item.id, version: item.version } })).closeLedgerItem.item
}

export async function requestLedgerExtension(item: LedgerDetail, reason: string, newDueOn: string): Promise<LedgerDetail> {
  const input = { id: item.id, version: item.version, reason, newDueOn }
  return (await api().execute(RequestLedgerExtensionDocument, { input })).requestLedgerExtension.item
}

export async function decideLedgerExtension(item: LedgerDetail, extensionId: string, approve: boolean, note: string | null): Promise<LedgerDetail> {
  const input = { extensionId, version: item.version, approve, note }
  return (await api().execute(DecideLedgerExtensionDocument, { input })).decideLedgerExtension.item
}
