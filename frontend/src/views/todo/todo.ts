import { Role, TodoKind } from '@/api/generated/graphql'
import type { RouteLocationRaw } from 'vue-router'

/** What a 待办 row can do in place, without opening the case: 签收 everywhere, 办结反馈 on the phone. */
export type InlineAction = 'sign' | 'reply'

export function inlineAction(kind: TodoKind, phone: boolean): InlineAction | null {
  if (kind === TodoKind.SIGN) return 'sign'
  if (kind === TodoKind.REPLY && phone) return 'reply'
  return null
}

/** The roles whose 工作台 shows the 待办 panel: departments, townships, command centres, 编办 and leaders. */
const PANEL_ROLES: readonly Role[] = [Role.DEPARTMENT, Role.TOWNSHIP, Role.COMMAND_CENTRE, Role.ESTABLISHMENT_OFFICE, Role.LEADER]

export function showsTodoPanel(roles: readonly Role[]): boolean {
  return roles.some((r) => PANEL_ROLES.includes(r))
}

/** Departments and townships sign for dispatches: their case board offers 待签收. */
export function signsDispatches(roles: readonly Role[]): boolean {
  return roles.includes(Role.DEPARTMENT) || roles.includes(Role.TOWNSHIP)
}

/** Where a row's case opens: on the phone its phone page (mobile-case), else the desktop case page. */
export function caseLocation(caseId: string, phone: boolean): RouteLocationRaw {
  return { name: phone ? 'mobile-case' : 'case', params: { id: caseId } }
}

/** The whole queue's size: the sum of the counts per kind. */
export function totalOf(counts: readonly { count: number }[]): number {
  return counts.reduce((sum, c) => sum + c.count, 0)
}

/** The kinds worth a chip on the phone: those with something waiting. */
export function waitingKinds<C extends { count: number }>(counts: readonly C[]): C[] {
  return counts.filter((c) => c.count > 0)
}

/** A stable key of an item: its kind and what it is about (the appeal, the dispatch, or the case). */
export function itemKey(item: { kind: TodoKind; case: { id: string }; dispatch?: { id: string } | null; appeal?: { id: string } | null }): string {
  return `${item.kind}-${item.appeal?.id ?? item.dispatch?.id ?? item.case.id}`
}

/** The reply as sent: trimmed, or null when there is nothing to send. */
export function replyTextOf(raw: string): string | null {
  const text = raw.trim()
  return text.length > 0 ? text : null
}
