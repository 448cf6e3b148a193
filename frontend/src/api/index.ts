import { createGraphQLClient, httpStatusToApiError, toApiError, type GraphQLClient, type GraphQLClientOptions } from './client'

export { ApiError, type ApiErrorCode } from './client'

let client: GraphQLClient | undefined
let clientOptions: Omit<GraphQLClientOptions, 'endpoint'> | undefined

/** Called once at start-up, when the session exists. */
export function configureApi(options: Omit<GraphQLClientOptions, 'endpoint'>): void {
  clientOptions = options
  client = createGraphQLClient({ endpoint: '/graphql', ...options })
}

/** The file name a Content-Disposition header gives (RFC 5987 filename* first), or the fallback. */
export function dispositionFileName(header: string | null, fallback: string): string {
  const extended = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1]
  if (extended) return decodeURIComponent(extended)
  return header?.match(/filename="([^"]+)"/i)?.[1] ?? fallback
}

/** Fetches a protected file (an export) with the session's token; API errors arrive as ApiError. */
export async function downloadWithToken(url: string, fallbackName: string): Promise<{ blob: Blob; fileName: string }> {
  if (!clientOptions) throw new Error('configureApi() has not been called')
  const doFetch = clientOptions.fetch ?? fetch
  const response = await doFetch(url, { headers: { Authorization: `Bearer ${await clientOptions.getToken()}` } })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: Parameters<typeof toApiError>[0][] } | null
    if (response.status === 401) clientOptions.onUnauthenticated()
    throw body?.errors?.[0] ? toApiError(body.errors[0]) : httpStatusToApiError(response.status)
  }
  return { blob: await response.blob(), fileName: dispositionFileName(response.headers.get('Content-Disposition'), fallbackName) }
}

/** Downloads a protected file (an export) and hands it to the browser as a file. */
export async function saveDownload(url: string, fallbackName: string): Promise<void> {
  const { blob, fileName } = await downloadWithToken(url, fallbackName)
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = fileName
  link.click()
  URL.revokeObjectURL(link.href)
}

/** The application's GraphQL client. */
export function api(): GraphQLClient {
  if (!client) throw new Error('configureApi() has not been called')
  return client
}
