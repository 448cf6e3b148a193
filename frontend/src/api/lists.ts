import { api, saveDownload } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  DecideListChangeDocument,
  ListChangesDocument,
  ListCountsDocument,
  ListItemDetailDocument,
  ListItemDiffDocument,
  ListItemsDocument,
  ProposeListChangeDocument,
  UnitsByCodesDocument,
  WithdrawListChangeDocument,
  type ChangeStatus,
  type DecideListChangeInput,
  type ItemDetailsFieldsFragment,
  type ListChangeOutcomeFragment,
  type ListChangesQuery,
  type ListCountsQuery,
  type ListItemDetailQuery,
  type ListItemDiffQuery,
  type ListItemFilter,
  type ListItemRowFragment,
  type ListKind,
  type ProposeListChangeInput,
} from './generated/graphql'

export type ListItemRow = ListItemRowFragment
export type ListItemDetail = ListItemDetailQuery['listItem']
export type ListItemVersion = ListItemDetail['versions'][number]
export type ItemDetails = ItemDetailsFieldsFragment
export type ListChange = ListChangesQuery['listChanges']['edges'][number]['node']
export type ListChangeOutcome = ListChangeOutcomeFragment
export type ListCount = ListCountsQuery['listCounts'][number]
export type DiffRow = ListItemDiffQuery['listItemDiff'][number]

/** Rows per page of the list tables and the approval queue. */
export const LIST_PAGE_SIZE = 20

export type { CountedPage }

export async function fetchListItems(
  filter: ListItemFilter,
  after: string | null,
  first = LIST_PAGE_SIZE,
): Promise<CountedPage<ListItemRow>> {
  const data = await api().execute(ListItemsDocument, { filter, first, after })
  return countedPage(data.listItems)
}

export async function fetchListItem(id: string): Promise<ListItemDetail> {
  const data = await api().execute(ListItemDetailDocument, { id })
  return data.listItem
}

export async function fetchListItemDiff(itemId: string, fromVersion: number, toVersion: number): Promise<DiffRow[]> {
  const data = await api().execute(ListItemDiffDocument, { itemId, fromVersion, toVersion })
  return data.listItemDiff
}

export async function fetchListCounts(kind: ListKind): Promise<ListCount[]> {
  const data = await api().execute(ListCountsDocument, { kind })
  return data.listCounts
}

export async function fetchListChanges(
  status: ChangeStatus | null,
  after: string | null,
  first = LIST_PAGE_SIZE,
): Promise<CountedPage<ListChange>> {
  const data = await api().execute(ListChangesDocument, { status, first, after })
  return countedPage(data.listChanges)
}

export async function proposeListChange(input: ProposeListChangeInput): Promise<ListChangeOutcome> {
  const data = await api().execute(ProposeListChangeDocument, { input })
  return data.proposeListChange.change
}

export async function decideListChange(input: DecideListChangeInput): Promise<ListChangeOutcome> {
  const data = await api().execute(DecideListChangeDocument, { input })
  return data.decideListChange.change
}

export async function withdrawListChange(changeId: string): Promise<ListChangeOutcome> {
  const data = await api().execute(WithdrawListChangeDocument, { changeId })
  return data.withdrawListChange.change
}

const unitNames = new Map<string, string>()

/**
 * The names of the units with these codes (steps and co-operating parties name units by code), fetched in one
 * request for the codes not seen before; unknown codes are absent from the result.
 */
export async function unitNamesByCodes(codes: readonly string[]): Promise<Record<string, string>> {
  const wanted = [...new Set(codes.filter((code) => code !== ''))]
  const missing = wanted.filter((code) => !unitNames.has(code))
  if (missing.length > 0) {
    try {
      const data = await api().execute(UnitsByCodesDocument, { codes: missing })
      for (const unit of data.unitsByCodes) unitNames.set(unit.code, unit.name)
    } catch {
      // names are a convenience: the codes stay visible when the lookup fails
    }
  }
  const names: Record<string, string> = {}
  for (const code of wanted) {
    const name = unitNames.get(code)
    if (name !== undefined) names[code] = name
  }
  return names
}

/** The download address of a list's .xlsx export with the same filter as the table. */
export function listExportUrl(filter: ListItemFilter): string {
  const params = new URLSearchParams({ kind: filter.kind })
  if (filter.keyword) params.set('keyword', filter.keyword)
  if (filter.unitId) params.set('unitId', filter.unitId)
  if (filter.includeSubunits) params.set('includeSubunits', 'true')
  if (filter.powerType) params.set('powerType', filter.powerType)
  if (filter.level) params.set('level', filter.level)
  return `/api/lists/export?${params.toString()}`
}

/** Downloads the list as .xlsx and hands it to the browser as a file. */
export async function downloadListExport(filter: ListItemFilter): Promise<void> {
  await saveDownload(listExportUrl(filter), `lvzhi-${filter.kind.toLowerCase()}.xlsx`)
}
