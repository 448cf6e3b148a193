/** The part of a keycloak-js instance the session logic uses (so it can be tested without a browser). */
export interface TokenSource {
  token?: string | undefined
  updateToken(minValidity?: number): Promise<boolean>
  login(options?: { locale?: string }): Promise<void>
}

/** A token is refreshed when it has less than this many seconds left. */
export const MIN_TOKEN_VALIDITY_SECONDS = 30
/** The background refresh runs this often (the realm's access tokens live 300 s). */
export const REFRESH_INTERVAL_MS = 60_000

export interface Session {
  /** A valid access token; on failure sends the user to the login page and rejects. */
  getToken(): Promise<string>
  /** Sends the user to the login page (e.g. after an UNAUTHENTICATED answer). */
  relogin(): void
  /** Starts the background refresh; returns the function that stops it. */
  startRefresh(schedule?: (fn: () => void, ms: number) => () => void): () => void
}

function everyInterval(fn: () => void, ms: number): () => void {
  const handle = setInterval(fn, ms)
  return () => clearInterval(handle)
}

export function createSession(source: TokenSource, currentLocale: () => string): Session {
  let redirecting = false

  function relogin(): void {
    // Several requests can fail at once; one redirect is enough.
    if (redirecting) return
    redirecting = true
    source.login({ locale: currentLocale() }).catch(() => {
      redirecting = false
    })
  }

  async function refresh(): Promise<void> {
    try {
      await source.updateToken(MIN_TOKEN_VALIDITY_SECONDS)
    } catch {
      relogin()
      throw new Error('session expired')
    }
  }

  return {
    async getToken() {
      await refresh()
      if (!source.token) {
        relogin()
        throw new Error('no token')
      }
      return source.token
    },
    relogin,
    startRefresh(schedule = everyInterval) {
      return schedule(() => {
        refresh().catch(() => undefined)
      }, REFRESH_INTERVAL_MS)
    },
  }
}
