import { api } from './index'
import { collectAllPages, type Page } from './pagination'
import {
  MeDocument,
  UnitAncestryDocument,
  UnitDetailDocument,
  UnitsDocument,
  type MeQuery,
  type UnitAncestryQuery,
  type UnitDetailQuery,
  type UnitFieldsFragment,
  type UnitFilter,
  type UnitsQuery,
} from './generated/graphql'

export type Unit = UnitFieldsFragment
export type UnitDetail = UnitDetailQuery['unit']
export type Me = MeQuery['me']

/** Page sizes: the contract caps pages; roots are few, a unit rarely has more than 200 children. */
export const ROOTS_PAGE_SIZE = 100
export const CHILDREN_PAGE_SIZE = 200
export const SEARCH_PAGE_SIZE = 50

export async function fetchMe(): Promise<Me> {
  const data = await api().execute(MeDocument)
  return data.me
}

export function toPage(connection: UnitsQuery['units']): Page<Unit> & { totalCount: number } {
  return {
    nodes: connection.edges.map((edge) => edge.node),
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor,
    totalCount: connection.totalCount,
  }
}

export async function fetchUnitPage(
  filter: UnitFilter,
  first: number,
  after: string | null = null,
): Promise<Page<Unit> & { totalCount: number }> {
  const data = await api().execute(UnitsDocument, { filter, first, after })
  return toPage(data.units)
}

/** The root units (no parent), all pages. */
export function fetchRootUnits(): Promise<Unit[]> {
  return collectAllPages((after) => fetchUnitPage({ rootsOnly: true }, ROOTS_PAGE_SIZE, after))
}

/** The direct children of a unit, all pages. */
export function fetchChildUnits(parentId: string): Promise<Unit[]> {
  return collectAllPages((after) => fetchUnitPage({ parentId }, CHILDREN_PAGE_SIZE, after))
}

/** Units whose name contains the text (server-side, case-insensitive), one page at a time. */
export function searchUnits(nameContains: string, after: string | null = null) {
  return fetchUnitPage({ nameContains }, SEARCH_PAGE_SIZE, after)
}

export async function fetchUnitDetail(id: string): Promise<UnitDetail> {
  const data = await api().execute(UnitDetailDocument, { id })
  return data.unit
}

type AncestryLink = { id: string; parentId: string | null; parent?: AncestryLink | null }

/** Flattens one UnitAncestry answer into ids, nearest first, and the id to continue from (if any). */
export function flattenAncestry(link: AncestryLink): { ids: string[]; continueFrom: string | null } {
  const ids: string[] = []
  let current: AncestryLink | null | undefined = link
  let last: AncestryLink = link
  while (current) {
    ids.push(current.id)
    last = current
    current = current.parent
  }
  return { ids, continueFrom: last.parentId }
}

/** Ids of a unit's ancestors, from the root down to its parent. */
export async function fetchAncestorIds(unit: Pick<Unit, 'parentId'>): Promise<string[]> {
  const nearestFirst: string[] = []
  let next = unit.parentId
  // The tree is a handful of levels deep; the bound guards against a cycle in bad data.
  for (let round = 0; next !== null && round < 10; round++) {
    const data: UnitAncestryQuery = await api().execute(UnitAncestryDocument, { id: next })
    const { ids, continueFrom } = flattenAncestry(data.unit)
    nearestFirst.push(...ids)
    next = continueFrom
  }
  return nearestFirst.reverse()
}
