import { describe, expect, it, vi } from 'vitest'
import { ApiError, createGraphQLClient, httpStatusToApiError, toApiError } from '../client'
import { MeDocument, UnitsDocument } from '../generated/graphql'

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function clientWith(response: Response | Error, token: () => Promise<string> = async () => 'token-1') {
  const fetchMock = vi.fn<typeof fetch>(async () => {
    if (response instanceof Error) throw response
    return response
  })
  const onUnauthenticated = vi.fn()
  const client = createGraphQLClient({ endpoint: '/graphql', getToken: token, onUnauthenticated, fetch: fetchMock })
  return { client, fetchMock, onUnauthenticated }
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected the call to fail')
}

describe('toApiError', () => {
  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION', 'CONFLICT'] as const)(
    'keeps code %s and the server message',
    (code) => {
      const error = toApiError({ message: '只有派单单位可以评价', extensions: { code } })
      expect(error.code).toBe(code)
      expect(error.message).toBe('只有派单单位可以评价')
    },
  )

  it('keeps RATE_LIMITED', () => {
    expect(toApiError({ message: '请求过于频繁', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3 } }).code).toBe(
      'RATE_LIMITED',
    )
  })

  it.each(['TIMEOUT', 'UNAVAILABLE'] as const)('keeps %s', (code) => {
    expect(toApiError({ message: '稍后重试', extensions: { code, retryable: true } }).code).toBe(code)
  })

  it('names the field of a validation error', () => {
    const error = toApiError({ message: '统一社会信用代码校验位错误', extensions: { code: 'VALIDATION', field: 'creditCode' } })
    expect(error.field).toBe('creditCode')
  })

  it('ignores a field on other codes', () => {
    expect(toApiError({ message: 'x', extensions: { code: 'CONFLICT', field: 'version' } }).field).toBeUndefined()
  })

  it('maps an unknown or missing code to INTERNAL and hides its message', () => {
    const unknown = toApiError({ message: 'java.lang.NullPointerException at …', extensions: { code: 'DataFetchingException' } })
    expect(unknown.code).toBe('INTERNAL')
    expect(unknown.message).toBe('')
    expect(toApiError({ message: 'boom' }).code).toBe('INTERNAL')
    expect(toApiError(undefined).code).toBe('INTERNAL')
  })

  it('hides the message of INTERNAL errors', () => {
    expect(toApiError({ message: 'SQL state 23505', extensions: { code: 'INTERNAL' } }).message).toBe('')
  })
})

describe('httpStatusToApiError', () => {
  it.each([
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [429, 'RATE_LIMITED'],
    [503, 'UNAVAILABLE'],
    [500, 'INTERNAL'],
    [502, 'INTERNAL'],
  ] as const)('maps HTTP %i to %s', (status, code) => {
    expect(httpStatusToApiError(status).code).toBe(code)
  })
})

describe('createGraphQLClient', () => {
  it('posts the operation with its variables and the bearer token, and returns data', async () => {
    const { client, fetchMock } = clientWith(
      jsonResponse({ data: { units: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } }),
    )
    const data = await client.execute(UnitsDocument, { filter: { rootsOnly: true }, first: 100 })
    expect(data.units.totalCount).toBe(0)
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/graphql')
    expect(init?.method).toBe('POST')
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer token-1')
    const body = JSON.parse(String(init?.body)) as { query: string; variables: unknown }
    expect(body.query).toContain('query Units(')
    expect(body.query).toContain('fragment UnitFields on Unit')
    expect(body.variables).toEqual({ filter: { rootsOnly: true }, first: 100 })
  })

  it('sends no variables for an operation without any', async () => {
    const { client, fetchMock } = clientWith(jsonResponse({ data: { me: { displayName: '李明哲' } } }))
    await client.execute(MeDocument)
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as Record<string, unknown>
    expect(body).not.toHaveProperty('variables')
  })

  it('turns the first GraphQL error into an ApiError', async () => {
    const { client, onUnauthenticated } = clientWith(
      jsonResponse({
        data: null,
        errors: [
          { message: '单位不存在', extensions: { code: 'NOT_FOUND' } },
          { message: 'second', extensions: { code: 'INTERNAL' } },
        ],
      }),
    )
    const error = await failureOf(client.execute(MeDocument))
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe('单位不存在')
    expect(onUnauthenticated).not.toHaveBeenCalled()
  })

  it('treats partial data with errors as a failure', async () => {
    const { client } = clientWith(
      jsonResponse({ data: { me: null }, errors: [{ message: '无权查看', extensions: { code: 'FORBIDDEN' } }] }),
    )
    expect((await failureOf(client.execute(MeDocument))).code).toBe('FORBIDDEN')
  })

  it('asks for a new login on an UNAUTHENTICATED error', async () => {
    const { client, onUnauthenticated } = clientWith(
      jsonResponse({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] }),
    )
    expect((await failureOf(client.execute(MeDocument))).code).toBe('UNAUTHENTICATED')
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
  })

  it('asks for a new login on HTTP 401 without a body', async () => {
    const { client, onUnauthenticated } = clientWith(new Response('', { status: 401 }))
    expect((await failureOf(client.execute(MeDocument))).code).toBe('UNAUTHENTICATED')
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
  })

  it('asks for a new login when no token can be had, without calling the server', async () => {
    const { client, fetchMock, onUnauthenticated } = clientWith(jsonResponse({ data: {} }), async () => {
      throw new Error('refresh failed')
    })
    expect((await failureOf(client.execute(MeDocument))).code).toBe('UNAUTHENTICATED')
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('maps a network failure to INTERNAL', async () => {
    const { client } = clientWith(new TypeError('Failed to fetch'))
    const error = await failureOf(client.execute(MeDocument))
    expect(error.code).toBe('INTERNAL')
    expect(error.message).toBe('')
  })

  it('maps a non-JSON error page to INTERNAL', async () => {
    const { client } = clientWith(new Response('<html>Bad gateway</html>', { status: 502 }))
    expect((await failureOf(client.execute(MeDocument))).code).toBe('INTERNAL')
  })

  it('maps HTTP 403 without a GraphQL body to FORBIDDEN', async () => {
    const { client, onUnauthenticated } = clientWith(new Response('', { status: 403 }))
    expect((await failureOf(client.execute(MeDocument))).code).toBe('FORBIDDEN')
    expect(onUnauthenticated).not.toHaveBeenCalled()
  })

  it('maps a 200 answer without data or errors to INTERNAL', async () => {
    const { client } = clientWith(jsonResponse({}))
    expect((await failureOf(client.execute(MeDocument))).code).toBe('INTERNAL')
  })
})
