/** One page of a cursor connection, reduced to what paging needs. */
export interface Page<T> {
  nodes: T[]
  hasNextPage: boolean
  endCursor: string | null
}

/** A page with its total; `totalCapped`: more match than `totalCount` (a count that stops, e.g. the cases' at 10,000) */
export type CountedPage<T> = Page<T> & { totalCount: number; totalCapped?: boolean }

/** A total as shown: a capped count (more match than it says) reads “10,000+” (共 10,000+ 项). */
export function shownTotal(count: number, capped = false): string {
  return capped ? `${count.toLocaleString('en')}+` : String(count)
}

/** A page of a cursor connection, with its total. */
export function countedPage<T>(connection: {
  totalCount: number
  totalCountCapped?: boolean
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
  edges: { node: T }[]
}): CountedPage<T> {
  return {
    nodes: connection.edges.map((edge) => edge.node),
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
    totalCount: connection.totalCount,
    totalCapped: connection.totalCountCapped ?? false,
  }
}

/** Stops a runaway loop should a server keep answering hasNextPage with the same cursor. */
const MAX_PAGES = 100

/** Follows `pageInfo` until the last page and returns every node, in order. */
export async function collectAllPages<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = []
  let after: string | null = null
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: Page<T> = await fetchPage(after)
    all.push(...page.nodes)
    if (!page.hasNextPage || page.endCursor === null || page.endCursor === after) break
    after = page.endCursor
  }
  return all
}

/**
 * Previous/next paging over a cursor connection: `after` is the cursor of the page shown, `previous` the cursors
 * of the pages before it (a stack), so going back needs no backward cursor from the server.
 */
export interface CursorStack {
  after: string | null
  previous: (string | null)[]
}

export const FIRST_PAGE: CursorStack = { after: null, previous: [] }

/** The page after the one shown, given the shown page's endCursor. */
export function nextPage(state: CursorStack, endCursor: string): CursorStack {
  return { after: endCursor, previous: [...state.previous, state.after] }
}

/** The page before the one shown (the first page stays the first page). */
export function previousPage(state: CursorStack): CursorStack {
  if (state.previous.length === 0) return FIRST_PAGE
  return { after: state.previous[state.previous.length - 1] ?? null, previous: state.previous.slice(0, -1) }
}

/** 1 for the first page. */
export function pageNumber(state: CursorStack): number {
  return state.previous.length + 1
}

export function hasPreviousPage(state: CursorStack): boolean {
  return state.previous.length > 0
}
