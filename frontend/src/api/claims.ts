import { api } from './index'
import { countedPage, type CountedPage } from './pagination'
import {
  ClaimCatalogueDocument,
  ClaimCatalogueItemsDocument,
  ClaimStatsDocument,
  RecordInspectionDocument,
  UnclaimCatalogueItemsDocument,
  type ClaimCatalogueQuery,
  type ClaimStatFieldsFragment,
  type ClaimStatsQuery,
  type RecordInspectionInput,
} from './generated/graphql'

/** Claiming (认领) of the upper-level catalogue and inspection coverage (检查覆盖率). */
export type CatalogueEntry = ClaimCatalogueQuery['claimCatalogue'][number]
export type ClaimStatRow = ClaimStatsQuery['claimStats']['edges'][number]['node']
export type ClaimStat = ClaimStatFieldsFragment

/** Units per page of the statistics table (the server's maximum). */
export const STATS_PAGE_SIZE = 200

export async function fetchCatalogue(unitId: string): Promise<CatalogueEntry[]> {
  const data = await api().execute(ClaimCatalogueDocument, { unitId })
  return data.claimCatalogue
}

export async function fetchClaimStats(after: string | null, first = STATS_PAGE_SIZE): Promise<CountedPage<ClaimStatRow>> {
  const data = await api().execute(ClaimStatsDocument, { first, after })
  return countedPage(data.claimStats)
}

export async function claimItems(unitId: string, catalogueCodes: string[]): Promise<{ changed: number; stat: ClaimStat }> {
  const data = await api().execute(ClaimCatalogueItemsDocument, { input: { unitId, catalogueCodes } })
  return data.claimCatalogueItems
}

export async function unclaimItems(
  unitId: string,
  catalogueCodes: string[],
  reason: string,
): Promise<{ changed: number; stat: ClaimStat }> {
  const data = await api().execute(UnclaimCatalogueItemsDocument, { input: { unitId, catalogueCodes, reason } })
  return data.unclaimCatalogueItems
}

/** The owning department records an inspection under one of its 行政检查 items. */
export async function recordInspection(input: RecordInspectionInput): Promise<void> {
  await api().execute(RecordInspectionDocument, { input })
}
