import { api } from './index'
import {
  DutyItemSuggestionsDocument,
  LinkDutyItemsDocument,
  RecordDutyFindingDocument,
  SandingDutiesDocument,
  SandingSummaryDocument,
  type DutyFindingRowFragment,
  type DutyItemSuggestionsQuery,
  type RecordDutyFindingInput,
  type SandingDutiesQuery,
  type SandingSummaryQuery,
} from './generated/graphql'

/** 三定 execution findings (润州): a department's duties in a round with 编办's findings and the 取消/加强 follow-up. */
export type SandingDutyRow = SandingDutiesQuery['sandingDuties'][number]
export type FindingRow = DutyFindingRowFragment
export type FollowUp = NonNullable<SandingDutyRow['followUp']>
export type SandingSummary = SandingSummaryQuery['sandingSummary']
export type SandingUnitRow = SandingSummary['units'][number]
export type SandingCounts = SandingUnitRow['counts']
export type ItemSuggestion = DutyItemSuggestionsQuery['dutyItemSuggestions'][number]

export async function fetchSandingDuties(roundId: string, unitId: string): Promise<SandingDutyRow[]> {
  const data = await api().execute(SandingDutiesDocument, { roundId, unitId })
  return data.sandingDuties
}

export async function fetchSandingSummary(roundId: string): Promise<SandingSummary> {
  const data = await api().execute(SandingSummaryDocument, { roundId })
  return data.sandingSummary
}

export async function fetchItemSuggestions(dutyId: string): Promise<ItemSuggestion[]> {
  const data = await api().execute(DutyItemSuggestionsDocument, { dutyId })
  return data.dutyItemSuggestions
}

/** 编办 records or changes a finding; the finding as saved (its new version). */
export async function recordFinding(input: RecordDutyFindingInput): Promise<FindingRow> {
  const data = await api().execute(RecordDutyFindingDocument, { input })
  return data.recordDutyFinding.finding
}

/** 编办 sets the list items that carry a duty (replacing the earlier links). */
export async function linkDutyItems(dutyId: string, itemIds: string[]): Promise<string[]> {
  const data = await api().execute(LinkDutyItemsDocument, { input: { dutyId, itemIds } })
  return data.linkDutyItems.itemIds
}
