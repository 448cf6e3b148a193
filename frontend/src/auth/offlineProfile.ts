import type { Me } from '@/api/org'
import { isMobilePath, isNarrowViewport } from '@/router/shell'

/**
 * Who last signed in on this phone (the `me` record, no token), so that the phone app can open with no network:
 * the user sees their own shell and can write reports into the outbox, which is sent under their name once the
 * network is back and they are signed in again. Forgotten on sign-out.
 */
export const PROFILE_KEY = 'lvzhi.phoneProfile'

export function rememberProfile(storage: Storage, me: Me): void {
  try {
    storage.setItem(PROFILE_KEY, JSON.stringify(me))
  } catch {
    // a full storage only costs the offline start
  }
}

export function forgetProfile(storage: Storage): void {
  storage.removeItem(PROFILE_KEY)
}

/** The remembered user, or null when there is none or it is not a `me` record. */
export function readProfile(storage: Storage): Me | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(PROFILE_KEY) ?? 'null')
    if (typeof value !== 'object' || value === null) return null
    const me = value as Partial<Me>
    return typeof me.subject === 'string' && me.subject !== '' && Array.isArray(me.roles) && typeof me.unit === 'object' ? (me as Me) : null
  } catch {
    return null
  }
}

/**
 * The profile to open the app offline with: only on the phone (its path or a narrow screen) and only when someone
 * signed in here before; otherwise null and the start-up failure is shown as before.
 */
export function offlineProfile(storage: Storage, path: string, viewportWidth: number): Me | null {
  if (!isMobilePath(path) && !isNarrowViewport(viewportWidth)) return null
  return readProfile(storage)
}
