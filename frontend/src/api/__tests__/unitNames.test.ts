import { beforeEach, describe, expect, it, vi } from 'vitest'
import { configureApi } from '../index'
import { unitNamesByCodes } from '../lists'

type Body = { query: string; variables?: { codes?: string[] } }

const requests: Body[] = []

beforeEach(() => {
  requests.length = 0
  configureApi({
    getToken: async () => 'token',
    onUnauthenticated: () => undefined,
    fetch: vi.fn<typeof fetch>(async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as Body
      requests.push(body)
      const known: Record<string, string> = { 'JZ-QH-D10': '清河区生态环境局', 'JZ-QH-D11': '清河区城市管理局' }
      const codes = body.variables?.codes ?? []
      const units = codes.filter((code) => known[code]).map((code) => ({ code, name: known[code] }))
      return new Response(JSON.stringify({ data: { unitsByCodes: units } }), { status: 200 })
    }),
  })
})

describe('unitNamesByCodes', () => {
  it('asks once for all new codes, deduplicated, and leaves unknown codes out', async () => {
    const names = await unitNamesByCodes(['JZ-QH-D10', 'JZ-QH-D10', 'NOPE', '', 'JZ-QH-D11'])
    expect(names).toEqual({ 'JZ-QH-D10': '清河区生态环境局', 'JZ-QH-D11': '清河区城市管理局' })
    expect(requests).toHaveLength(1)
    expect(requests[0]?.variables?.codes).toEqual(['JZ-QH-D10', 'NOPE', 'JZ-QH-D11'])
  })

  it('asks only for codes it has not seen', async () => {
    await unitNamesByCodes(['JZ-QH-D10'])
    requests.length = 0
    const names = await unitNamesByCodes(['JZ-QH-D10'])
    expect(names).toEqual({ 'JZ-QH-D10': '清河区生态环境局' })
    expect(requests).toHaveLength(0)
  })
})
