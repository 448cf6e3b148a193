import { GoalStatus, Role, TargetKind, VerificationMethod, VerificationResult } from '@/api/generated/graphql'

/** Pure helpers of the duty goals page (年度履职目标): who does what, status tags, the form's defaults and checks. */

export const STATUSES: readonly GoalStatus[] = [
  GoalStatus.DRAFT,
  GoalStatus.SUBMITTED,
  GoalStatus.RETURNED,
  GoalStatus.ACCEPTED,
  GoalStatus.PUBLISHED,
]
export const METHODS: readonly VerificationMethod[] = [
  VerificationMethod.BRIEFING,
  VerificationMethod.DOCUMENTS,
  VerificationMethod.SITE_VISIT,
  VerificationMethod.SYMPOSIUM,
]
export const RESULTS: readonly VerificationResult[] = [VerificationResult.YES, VerificationResult.PARTLY, VerificationResult.NO]
export const QUARTERS = [1, 2, 3, 4] as const

type Tag = 'info' | 'warning' | 'danger' | 'success' | 'primary'

/** The tag colour of a status: drafts grey, waiting orange, returned red, accepted blue, published green. */
export function statusTag(status: GoalStatus): Tag {
  const tags: Record<GoalStatus, Tag> = {
    DRAFT: 'info',
    SUBMITTED: 'warning',
    RETURNED: 'danger',
    ACCEPTED: 'primary',
    PUBLISHED: 'success',
  }
  return tags[status]
}

export function resultTag(result: VerificationResult): Tag {
  return result === VerificationResult.YES ? 'success' : result === VerificationResult.PARTLY ? 'warning' : 'danger'
}

/** A department or township drafts its own unit's goals. */
export function draftsGoals(roles: readonly Role[]): boolean {
  return roles.includes(Role.DEPARTMENT) || roles.includes(Role.TOWNSHIP)
}

/** 编办 reviews, publishes and verifies. */
export function reviewsGoals(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

/** Who reads the coverage report: 编办 and leaders (the region), a unit (its own). */
export function readsCoverage(roles: readonly Role[]): boolean {
  return draftsGoals(roles) || reviewsGoals(roles) || roles.includes(Role.LEADER)
}

/** A goal its unit may still edit, delete or submit. */
export function isEditable(status: GoalStatus): boolean {
  return status === GoalStatus.DRAFT || status === GoalStatus.RETURNED
}

/** The years offered: last year, this year and next year, newest first. */
export function yearOptions(currentYear: number): number[] {
  return [currentYear + 1, currentYear, currentYear - 1]
}

/** The last day of a quarter of the year, as YYYY-MM-DD: a milestone's default due date. */
export function quarterEnd(year: number, quarter: number): string {
  const ends = ['03-31', '06-30', '09-30', '12-31']
  return `${year}-${ends[quarter - 1] ?? '12-31'}`
}

/** A goal's target as one line: "120 家次" or the qualitative text. */
export function targetText(goal: {
  targetKind: TargetKind
  targetQuantity?: string | number | null
  targetUnit?: string | null
  targetText?: string | null
}): string {
  if (goal.targetKind === TargetKind.QUANTITY) return `${formatQuantity(goal.targetQuantity)} ${goal.targetUnit ?? ''}`.trim()
  return goal.targetText ?? ''
}

/** A quantity without trailing zeros: 120.00 → 120, 12.50 → 12.5. */
export function formatQuantity(q: string | number | null | undefined): string {
  if (q === null || q === undefined || q === '') return '—'
  return String(Number(q))
}

/** The date part of a timestamp or date, as 2026-12-05 (Beijing). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—'
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(value))
}

/** How many of the goals are in each status. */
export function countByStatus(goals: readonly { status: GoalStatus }[]): Record<GoalStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>
  for (const g of goals) counts[g.status] += 1
  return counts
}

/** The milestone of a goal's form, as the dialog edits it. */
export interface MilestoneForm {
  quarter: number
  description: string
  dueOn: string
  dueQuantity: number | null
}

/** The goal form's state. */
export interface GoalForm {
  title: string
  dutyId: string | null
  powerItemId: string | null
  officeId: string | null
  targetKind: TargetKind
  targetQuantity: number | null
  targetUnit: string
  targetText: string
  milestones: MilestoneForm[]
}

/** A new goal's form for the year: a quantity target and one milestone per quarter, due on the quarter's last day. */
export function emptyForm(year: number): GoalForm {
  return {
    title: '',
    dutyId: null,
    powerItemId: null,
    officeId: null,
    targetKind: TargetKind.QUANTITY,
    targetQuantity: null,
    targetUnit: '',
    targetText: '',
    milestones: QUARTERS.map((q) => ({ quarter: q, description: '', dueOn: quarterEnd(year, q), dueQuantity: null })),
  }
}

/**
 * The checks of the form before it is sent, as locale keys under evaluationGoals.form.errors (the server checks the
 * same and names the field; this only spares a round trip). Empty when the form may be sent.
 */
export function formErrors(form: GoalForm, year: number): string[] {
  const errors: string[] = []
  if (form.title.trim() === '') errors.push('title')
  if (form.targetKind === TargetKind.QUANTITY) {
    if (form.targetQuantity === null || form.targetQuantity <= 0) errors.push('quantity')
    if (form.targetUnit.trim() === '') errors.push('unit')
  } else if (form.targetText.trim() === '') {
    errors.push('text')
  }
  if (form.milestones.length < 1 || form.milestones.length > 4) errors.push('milestoneCount')
  const quarters = form.milestones.map((m) => m.quarter)
  if (new Set(quarters).size !== quarters.length) errors.push('quarterTwice')
  if (form.milestones.some((m) => m.description.trim() === '')) errors.push('milestoneText')
  if (form.milestones.some((m) => !m.dueOn.startsWith(`${year}-`))) errors.push('outsideYear')
  return errors
}

/** The form as the API's content input: the target fields of the other kind left out. */
export function toContent(form: GoalForm): {
  title: string
  dutyId: string | null
  powerItemId: string | null
  officeId: string | null
  targetKind: TargetKind
  targetQuantity: string | null
  targetUnit: string | null
  targetText: string | null
  milestones: { quarter: number; description: string; dueOn: string; dueQuantity: string | null }[]
} {
  const quantity = form.targetKind === TargetKind.QUANTITY
  return {
    title: form.title.trim(),
    dutyId: form.dutyId,
    powerItemId: form.powerItemId,
    officeId: form.officeId,
    targetKind: form.targetKind,
    targetQuantity: quantity ? decimal(form.targetQuantity) : null,
    targetUnit: quantity ? form.targetUnit.trim() : null,
    targetText: quantity ? null : form.targetText.trim(),
    milestones: [...form.milestones]
      .sort((a, b) => a.quarter - b.quarter)
      .map((m) => ({
        quarter: m.quarter,
        description: m.description.trim(),
        dueOn: m.dueOn,
        dueQuantity: quantity ? decimal(m.dueQuantity) : null,
      })),
  }
}

/** A number as the API's decimals travel (a string), null kept. */
export function decimal(n: number | null | undefined): string | null {
  return n === null || n === undefined ? null : String(n)
}

/** A saved goal back into the form, to edit it. */
export function formOf(goal: {
  title: string
  dutyId?: string | null
  powerItemId?: string | null
  officeId?: string | null
  targetKind: TargetKind
  targetQuantity?: string | number | null
  targetUnit?: string | null
  targetText?: string | null
  milestones: readonly { quarter: number; description: string; dueOn: string; dueQuantity?: string | number | null }[]
}): GoalForm {
  return {
    title: goal.title,
    dutyId: goal.dutyId ?? null,
    powerItemId: goal.powerItemId ?? null,
    officeId: goal.officeId ?? null,
    targetKind: goal.targetKind,
    targetQuantity: goal.targetQuantity === null || goal.targetQuantity === undefined ? null : Number(goal.targetQuantity),
    targetUnit: goal.targetUnit ?? '',
    targetText: goal.targetText ?? '',
    milestones: goal.milestones.map((m) => ({
      quarter: m.quarter,
      description: m.description,
      dueOn: m.dueOn,
      dueQuantity: m.dueQuantity === null || m.dueQuantity === undefined ? null : Number(m.dueQuantity),
    })),
  }
}

/** The rows of a goal (progress or verifications) that concern one milestone, or the goal as a whole (null). */
export function ofMilestone<T extends { milestoneId?: string | null }>(rows: readonly T[], milestoneId: string | null): T[] {
  return rows.filter((r) => (r.milestoneId ?? null) === milestoneId)
}

export { ACCEPTED_FILES, fileSize, MAX_FILE_BYTES } from '@/api/evaluationFiles'
