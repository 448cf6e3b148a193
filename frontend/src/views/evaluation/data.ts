import { Role } from '@/api/generated/graphql'

export type EvaluationSectionKey =
  | 'goals'
  | 'schemes'
  | 'rounds'
  | 'forms'
  | 'peer'
  | 'surveys'
  | 'draws'
  | 'fieldwork'
  | 'ledger'
  | 'sanding'
  | 'results'
  | 'dashboard'

export interface EvaluationSection {
  key: EvaluationSectionKey
  path: string
}

const SECTIONS: readonly { key: EvaluationSectionKey; path: string; roles: readonly Role[] }[] = [
  {
    // 纪委监委 and 组织部 read the published goals of the region
    key: 'goals',
    path: '/evaluation/goals',
    roles: [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.TOWNSHIP, Role.DISCIPLINE, Role.ORGANISATION, Role.LEADER],
  },
  {
    key: 'schemes',
    path: '/evaluation/schemes',
    roles: [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.TOWNSHIP, Role.LEADER],
  },
  {
    key: 'rounds',
    path: '/evaluation/rounds',
    roles: [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.TOWNSHIP, Role.DISCIPLINE, Role.ORGANISATION, Role.LEADER],
  },
  // the fieldwork: 编办 runs it, the units assessed take part, leaders read all
  ...(['forms', 'peer', 'surveys', 'draws', 'fieldwork', 'ledger', 'sanding'] as const).map((key) => ({
    key,
    path: `/evaluation/${key}`,
    roles: [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.TOWNSHIP, Role.LEADER],
  })),
  {
    key: 'results',
    path: '/evaluation/results',
    roles: [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.TOWNSHIP, Role.DISCIPLINE, Role.ORGANISATION, Role.LEADER],
  },
  { key: 'dashboard', path: '/evaluation/dashboard', roles: [Role.ESTABLISHMENT_OFFICE, Role.LEADER] },
]

/** The parts of 履职评估 a user with these roles uses, in order. */
export function evaluationSections(roles: readonly Role[]): EvaluationSection[] {
  return SECTIONS.filter((s) => s.roles.some((r) => roles.includes(r))).map(({ key, path }) => ({ key, path }))
}
