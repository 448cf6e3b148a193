import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { FIRST_PAGE, nextPage, previousPage, type CountedPage, type CursorStack } from '@/api/pagination'
import { useLatestRequest } from './useLatestRequest'

/** A cursor-paged table or list: the rows shown, the paging state and the ways to move. */
export interface PagedQuery<T> {
  rows: ShallowRef<T[]>
  totalCount: Ref<number>
  /** more rows match than totalCount (a capped count: shown as “10,000+”) */
  totalCapped: Ref<boolean>
  hasNext: Ref<boolean>
  /** the page shown, for previous/next paging (ListPager) */
  cursor: ShallowRef<CursorStack>
  loading: Ref<boolean>
  error: ShallowRef<unknown>
  /** the first page again: after a filter change */
  first(): Promise<void>
  /** the page shown again (a periodic refresh, after an edit) */
  reload(): Promise<void>
  next(): Promise<void>
  previous(): Promise<void>
  /** 加载更多: the next page appended to the rows shown */
  more(): Promise<void>
}

export interface PagedQueryOptions {
  /** empty the rows when a load fails (tables that show the error in place of stale rows) */
  clearOnError?: boolean
}

/**
 * One paged query over a cursor connection, newest request winning (see useLatestRequest): a filter change while a
 * page is loading, or a quick next-next, never shows an older, slower answer. `fetchPage` reads the current filter
 * each time it is called, so a view calls `first()` when its filter changes.
 */
export function usePagedQuery<T>(
  fetchPage: (after: string | null) => Promise<CountedPage<T>>,
  options: PagedQueryOptions = {},
): PagedQuery<T> {
  const { loading, error, run } = useLatestRequest()
  const rows = shallowRef<T[]>([])
  const totalCount = ref(0)
  const totalCapped = ref(false)
  const hasNext = ref(false)
  const cursor = shallowRef<CursorStack>(FIRST_PAGE)
  let endCursor: string | null = null

  function load(after: string | null, append: boolean): Promise<void> {
    return run(() => fetchPage(after), {
      apply: (page) => {
        rows.value = append ? [...rows.value, ...page.nodes] : page.nodes
        totalCount.value = page.totalCount
        totalCapped.value = page.totalCapped ?? false
        hasNext.value = page.hasNextPage
        endCursor = page.endCursor
      },
      fail: () => {
        if (options.clearOnError) rows.value = []
      },
    })
  }

  const reload = (): Promise<void> => load(cursor.value.after, false)

  function first(): Promise<void> {
    cursor.value = FIRST_PAGE
    return reload()
  }

  function next(): Promise<void> {
    if (!hasNext.value || endCursor === null) return Promise.resolve()
    cursor.value = nextPage(cursor.value, endCursor)
    return reload()
  }

  function previous(): Promise<void> {
    cursor.value = previousPage(cursor.value)
    return reload()
  }

  function more(): Promise<void> {
    if (!hasNext.value || endCursor === null) return Promise.resolve()
    return load(endCursor, true)
  }

  return { rows, totalCount, totalCapped, hasNext, cursor, loading, error, first, reload, next, previous, more }
}
