import { describe, expect, it, vi } from 'vitest'
import { CLIENT_CONFIG_PATH, fetchClientConfig, parseClientConfig } from '../clientConfig'

const valid = { authServerUrl: 'http://localhost:8180', realm: 'lvzhi', clientId: 'lvzhi-web' }

describe('client config', () => {
  it('reads the Keycloak location from the backend', async () => {
    const doFetch = vi.fn<typeof fetch>(async () => new Response(JSON.stringify(valid), { status: 200 }))
    expect(await fetchClientConfig(doFetch)).toEqual(valid)
    expect(doFetch.mock.calls[0]?.[0]).toBe(CLIENT_CONFIG_PATH)
  })

  it('fails on an HTTP error', async () => {
    const doFetch = vi.fn<typeof fetch>(async () => new Response('', { status: 503 }))
    await expect(fetchClientConfig(doFetch)).rejects.toThrow('503')
  })

  it('rejects a config with a missing or empty field', () => {
    expect(() => parseClientConfig({ ...valid, realm: '' })).toThrow('realm')
    expect(() => parseClientConfig({ authServerUrl: valid.authServerUrl, realm: 'lvzhi' })).toThrow('clientId')
    expect(() => parseClientConfig(null)).toThrow()
  })

  it('ignores extra fields', () => {
    expect(parseClientConfig({ ...valid, extra: true })).toEqual(valid)
  })
})
