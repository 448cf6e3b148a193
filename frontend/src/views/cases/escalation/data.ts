import { Role, UnitKind, type SaveEscalationRuleInput } from '@/api/generated/graphql'
import type { EscalationRule } from '@/api/escalation'

/** Helpers of the 催督办规则 page. */

/** Who edits the rules (backend: EscalationPolicy.edit): 编办, and the district command centre — not a township room. */
export function canEditEscalation(roles: readonly Role[], unitKind: UnitKind | null | undefined): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE) || (roles.includes(Role.COMMAND_CENTRE) && unitKind === UnitKind.COMMAND_CENTRE)
}

/** Who opens the page (backend: EscalationPolicy.read). */
export function canReadEscalation(roles: readonly Role[]): boolean {
  return [Role.ESTABLISHMENT_OFFICE, Role.COMMAND_CENTRE, Role.LEADER].some((role) => roles.includes(role))
}

/** The form of one rule: a district default has no category. */
export interface RuleForm {
  categoryText: string
  warnBeforeHours: number
  remindAtDeadline: boolean
  escalate: boolean
  escalateAfterDays: number
}

export function formOf(rule: EscalationRule | null): RuleForm {
  return {
    categoryText: rule?.categoryText ?? '',
    warnBeforeHours: rule?.warnBeforeHours ?? 24,
    remindAtDeadline: rule?.remindAtDeadline ?? true,
    escalate: rule ? rule.escalateAfterDays !== null && rule.escalateAfterDays !== undefined : true,
    escalateAfterDays: rule?.escalateAfterDays ?? 2,
  }
}

/**
 * The input that saves the form: over an existing rule of the district (its version), or new. An inherited default
 * is not the district's own, so saving it creates the district's default.
 */
export function inputOf(form: RuleForm, editing: EscalationRule | null, isDefault: boolean): SaveEscalationRuleInput {
  const own = editing !== null && !editing.inherited
  return {
    ...(isDefault ? {} : { categoryText: form.categoryText.trim() }),
    warnBeforeHours: form.warnBeforeHours,
    remindAtDeadline: form.remindAtDeadline,
    escalateAfterDays: form.escalate ? form.escalateAfterDays : null,
    version: own ? editing.version : null,
  }
}

/** The warning lead as people say it: whole days of 24 working hours as days, the rest as hours. */
export function warnLead(hours: number): { days: number; hours: number } {
  return { days: Math.floor(hours / 24), hours: hours % 24 }
}
