import { beforeEach, describe, expect, it, vi } from 'vitest'
import { configureApi } from '../index'
import { fetchAncestorIds, fetchChildUnits, flattenAncestry, CHILDREN_PAGE_SIZE } from '../org'

type Body = { query: string; variables?: Record<string, unknown> }

let answers: ((body: Body) => unknown)[] = []
const requests: Body[] = []

beforeEach(() => {
  answers = []
  requests.length = 0
  configureApi({
    getToken: async () => 'token',
    onUnauthenticated: () => undefined,
    fetch: vi.fn<typeof fetch>(async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as Body
      requests.push(body)
      const answer = answers.shift()
      if (!answer) throw new Error('unexpected request')
      return new Response(JSON.stringify({ data: answer(body) }), { status: 200 })
    }),
  })
})

function unit(id: string, parentId: string | null) {
  return {
    id,
    code: id.toUpperCase(),
    name: `单位${id}`,
    kind: 'GOVERNMENT_DEPARTMENT',
    level: 'COUNTY',
    category: null,
    creditCode: null,
    parentId,
    depth: 1,
    childCount: 0,
  }
}

describe('flattenAncestry', () => {
  it('lists the chain nearest first and says where to continue', () => {
    expect(
      flattenAncestry({ id: 'a', parentId: 'b', parent: { id: 'b', parentId: 'c', parent: null } }),
    ).toEqual({ ids: ['a', 'b'], continueFrom: 'c' })
    expect(flattenAncestry({ id: 'root', parentId: null })).toEqual({ ids: ['root'], continueFrom: null })
  })
})

describe('fetchAncestorIds', () => {
  it('returns nothing for a root unit without asking the server', async () => {
    expect(await fetchAncestorIds({ parentId: null })).toEqual([])
    expect(requests).toHaveLength(0)
  })

  it('walks up in as many rounds as needed and returns root first', async () => {
    answers.push(() => ({
      unit: {
        id: 'p1',
        parentId: 'p2',
        parent: { id: 'p2', parentId: 'p3', parent: { id: 'p3', parentId: 'p4', parent: { id: 'p4', parentId: 'p5' } } },
      },
    }))
    answers.push(() => ({ unit: { id: 'p5', parentId: null, parent: null } }))
    expect(await fetchAncestorIds({ parentId: 'p1' })).toEqual(['p5', 'p4', 'p3', 'p2', 'p1'])
    expect(requests.map((r) => r.variables)).toEqual([{ id: 'p1' }, { id: 'p5' }])
    expect(requests[0]?.query).toContain('query UnitAncestry(')
  })
})

describe('fetchChildUnits', () => {
  it('asks for the children by parentId and follows pageInfo', async () => {
    answers.push(() => ({
      units: {
        totalCount: 3,
        pageInfo: { hasNextPage: true, endCursor: 'cur-2' },
        edges: [{ node: unit('a', 'x') }, { node: unit('b', 'x') }],
      },
    }))
    answers.push(() => ({
      units: { totalCount: 3, pageInfo: { hasNextPage: false, endCursor: 'cur-3' }, edges: [{ node: unit('c', 'x') }] },
    }))
    const children = await fetchChildUnits('x')
    expect(children.map((child) => child.id)).toEqual(['a', 'b', 'c'])
    expect(requests.map((r) => r.variables)).toEqual([
      { filter: { parentId: 'x' }, first: CHILDREN_PAGE_SIZE, after: null },
      { filter: { parentId: 'x' }, first: CHILDREN_PAGE_SIZE, after: 'cur-2' },
    ])
  })
})
