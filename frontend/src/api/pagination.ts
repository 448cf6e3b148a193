/** One page of a cursor connection, reduced to what paging needs. */
export interface Page<T> {
  nodes: T[]
  hasNextPage: boolean
  endCursor: string | null
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
