import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  ChangeStaffingDocument,
  MandateDocument,
  RemoveDutyDocument,
  SaveDutyDocument,
  StaffingHistoryDocument,
  type ChangeStaffingInput,
  type DutyFilter,
  type DutyRowFragment,
  type MandateQuery,
  type SaveDutyInput,
  type StaffingChangeRowFragment,
  type StaffingFieldsFragment,
} from './generated/graphql'

export type Mandate = MandateQuery['mandate']
export type DutyRow = DutyRowFragment
export type Staffing = StaffingFieldsFragment
export type StaffingChangeRow = StaffingChangeRowFragment

/** Staffing records per page of the history timeline. */
export const HISTORY_PAGE_SIZE = 10

export async function fetchMandate(unitId: string, filter: DutyFilter): Promise<Mandate> {
  const data = await api().execute(MandateDocument, { unitId, filter })
  return data.mandate
}

export async function fetchStaffingHistory(
  unitId: string,
  after: string | null,
): Promise<CountedPage<StaffingChangeRow>> {
  const data = await api().execute(StaffingHistoryDocument, { unitId, first: HISTORY_PAGE_SIZE, after })
  return countedPage(data.mandate.staffingHistory)
}

export async function saveDuty(input: SaveDutyInput): Promise<DutyRow> {
  const data = await api().execute(SaveDutyDocument, { input })
  return data.saveDuty.duty
}

export async function removeDuty(id: string, version: number): Promise<void> {
  await api().execute(RemoveDutyDocument, { input: { id, version } })
}

export async function changeStaffing(input: ChangeStaffingInput): Promise<Staffing> {
  const data = await api().execute(ChangeStaffingDocument, { input })
  return data.changeStaffing.staffing
}
