import { MatterKind, Role, TrackingStep } from '@/api/generated/graphql'

/** The seven steps of a round, in their only order (部署安排 → … → 督促整改). */
export const STEPS: readonly TrackingStep[] = [
  TrackingStep.PLAN,
  TrackingStep.SURVEY,
  TrackingStep.SELF_CHECK,
  TrackingStep.ON_SITE,
  TrackingStep.ASSESSMENT,
  TrackingStep.FEEDBACK,
  TrackingStep.RECTIFICATION,
]

export const KINDS: readonly MatterKind[] = [MatterKind.SET_UP, MatterKind.CHANGE, MatterKind.MERGE, MatterKind.ABOLISH]

/** The index of the step (0..6) for the progress bar. */
export function stepIndex(step: TrackingStep): number {
  return STEPS.indexOf(step)
}

/** The step after this one, or null after the last: the only step the office may move the round to. */
export function nextStep(step: TrackingStep): TrackingStep | null {
  return STEPS[stepIndex(step) + 1] ?? null
}

/** Only the establishment office runs rounds (plans them, moves them on). */
export function managesTracking(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

/** A normalised result with one decimal, "—" until every indicator is scored. */
export function formatResult(result: string | number | null | undefined): string {
  return result === null || result === undefined ? '—' : Number(result).toFixed(1)
}

/** Results under 60 fail (seed 002: 得分低于60%). */
export function resultTag(result: string | number | null | undefined): 'danger' | 'success' | 'info' {
  if (result === null || result === undefined) return 'info'
  return Number(result) < 60 ? 'danger' : 'success'
}

/** A rectification still open after its deadline (dates as ISO yyyy-mm-dd, compared as text). */
export function isOverdue(rectification: { deadline: string; doneOn?: string | null }, today: string): boolean {
  return !rectification.doneOn && rectification.deadline < today
}

/** The first 12 characters of a content hash, enough to compare by eye. */
export function shortHash(hash: string | null | undefined): string {
  return hash ? hash.slice(0, 12) : '—'
}

/** Today in the business time zone (Asia/Shanghai), as yyyy-mm-dd. */
export function businessToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
}

/** A server timestamp as yyyy-mm-dd HH:MM in the business time zone (Asia/Shanghai); "" when absent. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}

/** Is the picker's day (a local-midnight Date) after today (yyyy-mm-dd)? Approval dates cannot lie in the future. */
export function isAfterDay(day: Date, today: string): boolean {
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`
  return iso > today
}
