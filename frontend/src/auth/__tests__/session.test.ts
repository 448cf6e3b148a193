import { describe, expect, it, vi } from 'vitest'
import { createSession, MIN_TOKEN_VALIDITY_SECONDS, REFRESH_INTERVAL_MS, type TokenSource } from '../session'

function source(overrides: Partial<TokenSource> = {}): TokenSource & { login: ReturnType<typeof vi.fn> } {
  const login = vi.fn(async () => undefined)
  return {
    token: 'access-1',
    updateToken: vi.fn(async () => false),
    login,
    ...overrides,
  } as TokenSource & { login: ReturnType<typeof vi.fn> }
}

describe('createSession', () => {
  it('refreshes the token before handing it out', async () => {
    const kc = source({
      updateToken: vi.fn(async function (this: TokenSource) {
        kc.token = 'access-2'
        return true
      }),
    })
    const session = createSession(kc, () => 'zh-CN')
    expect(await session.getToken()).toBe('access-2')
    expect(kc.updateToken).toHaveBeenCalledWith(MIN_TOKEN_VALIDITY_SECONDS)
  })

  it('sends the user to the login page, in the current language, when the refresh fails', async () => {
    const kc = source({ updateToken: vi.fn(async () => Promise.reject(new Error('refresh token expired'))) })
    const session = createSession(kc, () => 'en')
    await expect(session.getToken()).rejects.toThrow()
    expect(kc.login).toHaveBeenCalledWith({ locale: 'en' })
  })

  it('redirects once however many requests fail together', async () => {
    const kc = source({ updateToken: vi.fn(async () => Promise.reject(new Error('expired'))) })
    const session = createSession(kc, () => 'zh-CN')
    await Promise.allSettled([session.getToken(), session.getToken(), session.getToken()])
    session.relogin()
    expect(kc.login).toHaveBeenCalledTimes(1)
  })

  it('fails without a token', async () => {
    const kc = source({ token: undefined })
    await expect(createSession(kc, () => 'zh-CN').getToken()).rejects.toThrow()
    expect(kc.login).toHaveBeenCalledTimes(1)
  })

  it('refreshes in the background and re-logs in when that fails', async () => {
    const kc = source({ updateToken: vi.fn(async () => Promise.reject(new Error('expired'))) })
    const session = createSession(kc, () => 'zh-CN')
    let tick: (() => void) | undefined
    const stop = vi.fn()
    const schedule = vi.fn((fn: () => void, ms: number) => {
      expect(ms).toBe(REFRESH_INTERVAL_MS)
      tick = fn
      return stop
    })
    expect(session.startRefresh(schedule)).toBe(stop)
    tick?.()
    await vi.waitFor(() => expect(kc.login).toHaveBeenCalledTimes(1))
  })
})
