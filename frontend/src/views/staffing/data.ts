import { Role } from '@/api/generated/graphql'

/** Helpers of the staffing-from-workload page (编制测算). */

/** A share (0..1, as the API's decimal string or a number) as a percentage with one decimal. */
export function formatShare(share: string | number | null | undefined): string {
  if (share === null || share === undefined || share === '') return '—'
  return `${(Number(share) * 100).toFixed(1)}%`
}

/** The years offered: this year and the four before it, newest first. */
export function recentYears(thisYear: number, count = 5): number[] {
  return Array.from({ length: count }, (_, i) => thisYear - i)
}

/** The office posts to send: a whole number ≥ 0, or undefined to use the office's recorded staffing. */
export function officePostsInput(text: string): number | undefined {
  const trimmed = text.trim()
  if (trimmed === '' || !/^\d+$/.test(trimmed)) return undefined
  return Number(trimmed)
}

/**
 * Post suggestions (编随事转) are decisions of the region: the office, the committee and leaders ask for them; a
 * department reads only its own offices' workload (backend: StaffingPolicy.suggests).
 */
export function suggestsPosts(roles: readonly Role[]): boolean {
  return [Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.LEADER].some((role) => roles.includes(role))
}
