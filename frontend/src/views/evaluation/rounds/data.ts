import { EvaluationPeriodKind, EvaluationStage, Role } from '@/api/generated/graphql'

/** The marking stages of a round, in their only order (单位自评 → 编办初评 → 反馈申辩 → 复核终评 → 结果公布). */
export const STAGES: readonly EvaluationStage[] = [
  EvaluationStage.SELF_ASSESSMENT,
  EvaluationStage.FIRST_MARK,
  EvaluationStage.REPLY,
  EvaluationStage.FINAL_MARK,
  EvaluationStage.PUBLISHED,
]

/** The stage after this one, or null once published: the only stage 编办 may move the round to. */
export function nextStage(stage: EvaluationStage): EvaluationStage | null {
  const i = STAGES.indexOf(stage)
  return i < 0 ? STAGES[0] ?? null : STAGES[i + 1] ?? null
}

/** Only 编办 opens and runs rounds. */
export function managesRounds(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

/** 编办 and leaders follow who is missing what (the progress panel); others are refused it. */
export function seesProgress(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE) || roles.includes(Role.LEADER)
}

/** A department or township takes part as a unit under evaluation (its tasks, self-assessment, reply). */
export function isEvaluatedUnit(roles: readonly Role[]): boolean {
  return roles.includes(Role.DEPARTMENT) || roles.includes(Role.TOWNSHIP)
}

const MONTHS: Record<EvaluationPeriodKind, number> = {
  [EvaluationPeriodKind.MONTH]: 1,
  [EvaluationPeriodKind.QUARTER]: 3,
  [EvaluationPeriodKind.HALF_YEAR]: 6,
  [EvaluationPeriodKind.YEAR]: 12,
}

/**
 * The last day (yyyy-mm-dd) of the period of this kind starting on `start`, or null when no such period starts then
 * (the server checks the same, this only fills the form).
 */
export function periodEnd(kind: EvaluationPeriodKind, start: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const months = MONTHS[kind]
  if (day !== 1 || (month - 1) % months !== 0) return null
  const last = new Date(Date.UTC(year, month - 1 + months, 0))
  return last.toISOString().slice(0, 10)
}

/** Points with two decimals, "—" when absent. */
export function formatPoints(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : Number(value).toFixed(2)
}

/** A first mark needs a reason when below the points, or other than what the rule gives for the figure. */
export function firstMarkNeedsReason(score: number, points: number, rulePoints: number | null): boolean {
  if (rulePoints !== null) return score !== rulePoints
  return score < points
}

/** A final mark needs a reason when it differs from the first. */
export function finalMarkNeedsReason(score: number, first: number | null): boolean {
  return first === null || score !== first
}

/** The indicators that lost points at the first mark: what a unit sees and may reply to in the REPLY stage. */
export function deductions<T extends { lostPoints: boolean; notApplicable: boolean }>(rows: readonly T[]): T[] {
  return rows.filter((r) => !r.notApplicable && r.lostPoints)
}

/** Rows whose mark at a stage is still missing (applicable only). */
export function unmarked<T extends { notApplicable: boolean }>(rows: readonly T[], mark: (row: T) => unknown): number {
  return rows.filter((r) => !r.notApplicable && (mark(r) === null || mark(r) === undefined)).length
}

/** A datetime-local value (yyyy-mm-ddTHH:MM, Beijing time) as an ISO instant with the +08:00 offset. */
export function beijingInstant(local: string): string {
  return local.length === 16 ? `${local}:00+08:00` : local
}

/** 编办 changes deadlines until the final mark (publication freezes the round); the server refuses it afterwards. */
export function deadlinesChangeable(stage: EvaluationStage): boolean {
  return stage === EvaluationStage.SELF_ASSESSMENT || stage === EvaluationStage.FIRST_MARK
    || stage === EvaluationStage.REPLY || stage === EvaluationStage.FINAL_MARK
}

/** 编办 adds or removes units only while the self-assessment is open. */
export function unitsChangeable(stage: EvaluationStage): boolean {
  return stage === EvaluationStage.SELF_ASSESSMENT
}

/** An ISO instant as a datetime-local value in Beijing time (yyyy-mm-ddTHH:MM), the inverse of beijingInstant. */
export function beijingLocal(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16)
}

/** What is wrong with a new pair of deadlines, or null: both are needed, and the lock comes no earlier than the due time. */
export function deadlineProblem(dueAt: string, locksAt: string): 'required' | 'order' | null {
  if (dueAt === '' || locksAt === '') return 'required'
  return locksAt < dueAt ? 'order' : null
}

/** A change of scope: the picked units not yet in the round, and the removed ones that are; null when nothing changes. */
export function scopeChange(inScope: readonly string[], picked: readonly string[], removed: readonly string[]):
  { add: string[]; remove: string[] } | null {
  const add = [...new Set(picked.filter((id) => !inScope.includes(id)))]
  const remove = [...new Set(removed.filter((id) => inScope.includes(id)))]
  return add.length === 0 && remove.length === 0 ? null : { add, remove }
}
