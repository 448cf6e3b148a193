import { Role } from '@/api/generated/graphql'

/** Icon names the desktop layout maps to Element Plus icons; kept as names so this module stays pure. */
export type MenuIcon =
  | 'home'
  | 'organisation'
  | 'lists'
  | 'comparisons'
  | 'claims'
  | 'mandates'
  | 'cases'
  | 'disputes'
  | 'evaluation'
  | 'tracking'
  | 'staffing'
  | 'investigations'
  | 'statistics'
  | 'audit'

export interface MenuEntry {
  key: MenuIcon
  /** i18n key of the label */
  titleKey: `menu.${MenuIcon}`
  /** route path; absent for features not built yet, which are shown disabled */
  path?: string
  disabled: boolean
}

interface MenuDefinition {
  key: MenuIcon
  path?: string
  /** roles that see the entry; `all` for everyone */
  roles: readonly Role[] | 'all'
}

/** Everyone who works at a desk (grid workers use the phone shell; INTEGRATION is a machine). */
const DESK_ROLES: readonly Role[] = [
  Role.ESTABLISHMENT_OFFICE,
  Role.COMMITTEE,
  Role.COMMAND_CENTRE,
  Role.DEPARTMENT,
  Role.TOWNSHIP,
  Role.DISCIPLINE,
  Role.ORGANISATION,
  Role.LEADER,
]

/**
 * The side menu, in order. Features not built yet have no path and show as disabled entries for the roles
 * that will use them (who sees what: DOMAIN.md §7).
 */
const MENU: readonly MenuDefinition[] = [
  { key: 'home', path: '/', roles: 'all' },
  { key: 'organisation', path: '/org', roles: 'all' },
  {
    key: 'lists',
    path: '/lists',
    roles: [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.TOWNSHIP, Role.LEADER],
  },
  { key: 'comparisons', path: '/comparisons', roles: [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.LEADER] },
  { key: 'claims', path: '/claims', roles: [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.LEADER] },
  {
    // mandates are published documents: every desk user reads them (grid workers use the phone shell)
    key: 'mandates',
    path: '/mandates',
    roles: DESK_ROLES,
  },
  {
    key: 'cases',
    path: '/cases',
    // every desk user but 编委 (the committee decides disputes, it does not work cases)
    roles: DESK_ROLES.filter((role) => role !== Role.COMMITTEE),
  },
  {
    // the district command centre convenes the first rungs, 编办 coordinates, 编委 decides
    key: 'disputes',
    path: '/disputes',
    roles: [Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.COMMAND_CENTRE, Role.LEADER],
  },
  {
    // 编办 runs it, units are evaluated, leaders read all; 纪委监委/组织部 read published results and supply imported figures
    key: 'evaluation',
    path: '/evaluation',
    roles: [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.TOWNSHIP, Role.DISCIPLINE, Role.ORGANISATION, Role.LEADER],
  },
  {
    // departments and townships are reviewed: they fill in their self-check and apply for establishment matters
    key: 'tracking',
    path: '/tracking',
    roles: [Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.DEPARTMENT, Role.TOWNSHIP, Role.LEADER],
  },
  { key: 'staffing', path: '/staffing', roles: [Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.DEPARTMENT, Role.LEADER] },
  { key: 'investigations', path: '/investigations', roles: [Role.DISCIPLINE, Role.ORGANISATION] },
  {
    key: 'statistics',
    path: '/statistics',
    roles: [Role.ESTABLISHMENT_OFFICE, Role.COMMAND_CENTRE, Role.DISCIPLINE, Role.ORGANISATION, Role.LEADER],
  },
  // 审计追溯: the chain check and any entity's audit history (the server's AuditPolicy)
  { key: 'audit', path: '/audit', roles: [Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE] },
]

/** The side-menu entries a user with these roles sees. */
export function menuForRoles(roles: readonly Role[]): MenuEntry[] {
  return MENU.filter((entry) => entry.roles === 'all' || entry.roles.some((role) => roles.includes(role))).map(
    (entry) => ({
      key: entry.key,
      titleKey: `menu.${entry.key}` as const,
      ...(entry.path !== undefined ? { path: entry.path } : {}),
      disabled: entry.path === undefined,
    }),
  )
}
