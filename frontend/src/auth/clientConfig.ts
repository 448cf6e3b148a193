/** What the SPA needs to find Keycloak; served by the backend at GET /api/client-config. */
export interface ClientConfig {
  authServerUrl: string
  realm: string
  clientId: string
}

export const CLIENT_CONFIG_PATH = '/api/client-config'

export function parseClientConfig(value: unknown): ClientConfig {
  if (typeof value !== 'object' || value === null) throw new Error('client config is not an object')
  const record = value as Record<string, unknown>
  const read = (name: keyof ClientConfig): string => {
    const field = record[name]
    if (typeof field !== 'string' || field.trim() === '') throw new Error(`client config lacks ${name}`)
    return field
  }
  return { authServerUrl: read('authServerUrl'), realm: read('realm'), clientId: read('clientId') }
}

export async function fetchClientConfig(doFetch: typeof fetch = fetch): Promise<ClientConfig> {
  const response = await doFetch(CLIENT_CONFIG_PATH, { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`client config: HTTP ${response.status}`)
  return parseClientConfig(await response.json())
}
