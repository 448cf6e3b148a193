import { Role, type BasisReportInput } from '@/api/generated/graphql'

/**
 * The legal-basis reports page (办理依据报表): whose report a viewer picks and the period asked. The server decides
 * what it answers (BasisReportPolicy); the page only offers the department picker to those who read every department.
 */
export const ALL_DEPARTMENTS: readonly Role[] = [Role.ESTABLISHMENT_OFFICE, Role.LEADER, Role.COMMAND_CENTRE]

/** True for the viewers who read every department of their region (编办, leaders, the district command centre). */
export function seesAllDepartments(roles: readonly Role[]): boolean {
  return roles.some((r) => ALL_DEPARTMENTS.includes(r))
}

/** The query of the chosen months (first day of the first month up to the first day after the last) and department. */
export function reportInput(months: [Date, Date], unitId: string | null): BasisReportInput {
  const [start, end] = months
  return {
    from: new Date(start.getFullYear(), start.getMonth(), 1).toISOString(),
    to: new Date(end.getFullYear(), end.getMonth() + 1, 1).toISOString(),
    unitId: unitId ?? null,
  }
}

/** A share as 96.07%, or — when nothing was handled. */
export function ratePercent(rate: number | null | undefined): string {
  return rate == null ? '—' : `${(rate * 100).toFixed(2)}%`
}

/** The three reports, as the page's tabs name them. */
export type BasisTab = 'unexercised' | 'topItems' | 'unnamedCases'
export const BASIS_TABS: readonly BasisTab[] = ['unexercised', 'topItems', 'unnamedCases']
