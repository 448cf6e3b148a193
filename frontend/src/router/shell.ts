import { Role } from '@/api/generated/graphql'

/** Below this width (CSS pixels) the phone shell is used. */
export const NARROW_VIEWPORT_MAX = 767

export const MOBILE_PREFIX = '/m'

export function isMobilePath(path: string): boolean {
  return path === MOBILE_PREFIX || path.startsWith(`${MOBILE_PREFIX}/`)
}

export function isNarrowViewport(width: number): boolean {
  return width <= NARROW_VIEWPORT_MAX
}

export interface ShellContext {
  path: string
  roles: readonly Role[]
  viewportWidth: number
  /** true for the navigation that loads the app (after login or a reload) */
  initial: boolean
}

/**
 * Where a navigation has to go instead, or null to let it through. Grid workers only have the phone shell.
 * Other users land in the phone shell when the app opens on a narrow screen, but may switch to the desktop.
 */
export function shellRedirect(context: ShellContext): string | null {
  if (isMobilePath(context.path)) return null
  if (context.roles.includes(Role.GRID_WORKER)) return MOBILE_PREFIX
  if (context.initial && isNarrowViewport(context.viewportWidth)) return MOBILE_PREFIX
  return null
}
