import { describe, expect, it } from 'vitest'
import { shownTotal, type CountedPage } from '@/api/pagination'
import { useLatestRequest } from '../useLatestRequest'
import { usePagedQuery } from '../usePagedQuery'

/** A promise the test settles by hand, to let answers arrive in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function page(nodes: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 5): CountedPage<string> {
  return { nodes, endCursor, hasNextPage, totalCount }
}

/** A fetch whose calls wait until the test answers them; `after` and the filter of each call are recorded. */
function scriptedFetch(filter: () => string) {
  const calls: { after: string | null; filter: string; answer: ReturnType<typeof deferred<CountedPage<string>>> }[] = []
  const fetchPage = (after: string | null) => {
    const answer = deferred<CountedPage<string>>()
    calls.push({ after, filter: filter(), answer })
    return answer.promise
  }
  /** Answers the newest call with `result` and waits for the step that made it. */
  async function answer(step: Promise<void>, result: CountedPage<string>): Promise<void> {
    calls[calls.length - 1]!.answer.resolve(result)
    await step
  }
  return { calls, fetchPage, answer }
}

describe('usePagedQuery', () => {
  it('keeps whether the count was capped, and shows a capped count as “10,000+”', async () => {
    const { fetchPage, answer } = scriptedFetch(() => '')
    const query = usePagedQuery(fetchPage)
    await answer(query.first(), { ...page(['a'], 'a', true, 10000), totalCapped: true })
    expect(query.totalCount.value).toBe(10000)
    expect(query.totalCapped.value).toBe(true)
    expect(shownTotal(query.totalCount.value, query.totalCapped.value)).toBe('10,000+')
    await answer(query.first(), page(['b'], 'b', false, 10000))
    expect(query.totalCapped.value).toBe(false)
    expect(shownTotal(query.totalCount.value, query.totalCapped.value)).toBe('10000')
  })

  it('ignores an older, slower answer that arrives after a newer one', async () => {
    let filter = 'open'
    const { calls, fetchPage } = scriptedFetch(() => filter)
    const query = usePagedQuery(fetchPage)

    const older = query.first()
    filter = 'closed'
    const newer = query.first()
    calls[1]!.answer.resolve(page(['closed-1'], 'c1', false, 1))
    await newer
    expect(query.loading.value).toBe(false)
    calls[0]!.answer.resolve(page(['open-1', 'open-2'], 'o2', true, 9))
    await older

    expect(calls.map((call) => call.filter)).toEqual(['open', 'closed'])
    expect(query.rows.value).toEqual(['closed-1'])
    expect(query.totalCount.value).toBe(1)
    expect(query.hasNext.value).toBe(false)
    expect(query.loading.value).toBe(false)
  })

  it('ignores an older request’s failure and keeps loading until the newest answers', async () => {
    const { calls, fetchPage } = scriptedFetch(() => '')
    const query = usePagedQuery(fetchPage)

    const older = query.first()
    const newer = query.reload()
    calls[0]!.answer.reject(new Error('slow and failed'))
    await older
    expect(query.error.value).toBeNull()
    expect(query.loading.value).toBe(true)

    calls[1]!.answer.resolve(page(['a'], 'a', false))
    await newer
    expect(query.rows.value).toEqual(['a'])
    expect(query.loading.value).toBe(false)
  })

  it('pages forward with the shown page’s end cursor and back with the remembered one', async () => {
    const { calls, fetchPage, answer } = scriptedFetch(() => '')
    const query = usePagedQuery(fetchPage)

    await answer(query.first(), page(['a', 'b'], 'b', true))
    await answer(query.next(), page(['c', 'd'], 'd', true))
    expect(query.cursor.value).toEqual({ after: 'b', previous: [null] })
    await answer(query.next(), page(['e'], 'e', false))
    expect(query.rows.value).toEqual(['e'])

    await query.next()
    expect(calls).toHaveLength(3)

    await answer(query.previous(), page(['c', 'd'], 'd', true))
    expect(calls.map((call) => call.after)).toEqual([null, 'b', 'd', 'b'])
    expect(query.rows.value).toEqual(['c', 'd'])
    expect(query.cursor.value).toEqual({ after: 'b', previous: [null] })
  })

  it('appends the next page for 加载更多 and starts over on a filter change', async () => {
    const { calls, fetchPage, answer } = scriptedFetch(() => '')
    const query = usePagedQuery(fetchPage)

    await answer(query.first(), page(['a', 'b'], 'b', true))
    await answer(query.more(), page(['c'], 'c', false))
    expect(query.rows.value).toEqual(['a', 'b', 'c'])
    expect(query.hasNext.value).toBe(false)

    await answer(query.first(), page(['x'], 'x', true))
    expect(calls.map((call) => call.after)).toEqual([null, 'b', null])
    expect(query.rows.value).toEqual(['x'])
  })

  it('reports a failure, keeping the rows unless told to clear them', async () => {
    const failing = () => Promise.reject(new Error('down'))
    let fail = false
    const fetchPage = (after: string | null) => (fail ? failing() : Promise.resolve(page(['a'], after, false)))

    const keeping = usePagedQuery(fetchPage)
    const clearing = usePagedQuery(fetchPage, { clearOnError: true })
    await keeping.first()
    await clearing.first()
    fail = true
    await keeping.reload()
    await clearing.reload()

    expect((keeping.error.value as Error).message).toBe('down')
    expect(keeping.rows.value).toEqual(['a'])
    expect(clearing.rows.value).toEqual([])
    expect(clearing.loading.value).toBe(false)
  })
})

describe('useLatestRequest', () => {
  it('hands a stale result to `stale` and a cancelled run’s result to nobody else', async () => {
    const request = useLatestRequest()
    const applied: string[] = []
    const released: string[] = []
    const slow = deferred<string>()
    const handlers = { apply: (r: string) => applied.push(r), stale: (r: string) => released.push(r) }

    const first = request.run(() => slow.promise, handlers)
    request.cancel()
    expect(request.loading.value).toBe(false)
    slow.resolve('old')
    await first
    await request.run(() => Promise.resolve('new'), handlers)

    expect(applied).toEqual(['new'])
    expect(released).toEqual(['old'])
  })
})
