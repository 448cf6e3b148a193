import {
  ApiError,
  createGraphQLClient,
  httpStatusToApiError,
  toApiError,
  type GraphQLClient,
  type GraphQLClientOptions,
} from './client'

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

/** A GET with the session's token whose body the caller reads as it arrives (the live push); 401 ends the session. */
export async function openWithToken(url: string, signal: AbortSignal): Promise<Response> {
  if (!clientOptions) throw new Error('configureApi() has not been called')
  const doFetch = clientOptions.fetch ?? fetch
  const headers = { Authorization: `Bearer ${await clientOptions.getToken()}`, Accept: 'text/event-stream' }
  const response = await doFetch(url, { headers, signal })
  if (response.status === 401) clientOptions.onUnauthenticated()
  return response
}

/** Downloads a protected file and hands it to the browser under the name the server gave it. */
export async function saveDownload(url: string, fallbackName: string): Promise<void> {
  const { blob, fileName } = await downloadWithToken(url, fallbackName)
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = fileName
  link.click()
  URL.revokeObjectURL(link.href)
}

/** Upload progress: bytes sent of the total. */
export type UploadProgress = (sent: number, total: number) => void

/**
 * Posts a form (a file upload) with the session's token, reporting upload progress; resolves with the JSON body and
 * the status, or rejects with the ApiError the server sent. XMLHttpRequest, because fetch reports no upload progress.
 */
export async function uploadWithToken<T>(url: string, form: FormData, headers: Record<string, string>,
  onProgress: UploadProgress): Promise<T> {
  if (!clientOptions) throw new Error('configureApi() has not been called')
  const options = clientOptions
  const token = await options.getToken()
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value)
    xhr.responseType = 'json'
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total)
    }
    xhr.onload = () => {
      const body = xhr.response as (T & { errors?: Parameters<typeof toApiError>[0][] }) | null
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        resolve(body)
        return
      }
      if (xhr.status === 401) options.onUnauthenticated()
      const error = body?.errors?.[0] ? toApiError(body.errors[0]) : httpStatusToApiError(xhr.status)
      reject(body ? new ApiError(error.code, error.message, error.field, body) : error)
    }
    xhr.onerror = () => reject(httpStatusToApiError(0))
    xhr.send(form)
  })
}

/** The application's GraphQL client. */
export function api(): GraphQLClient {
  if (!client) throw new Error('configureApi() has not been called')
  return client
}
