import { describe, expect, it } from 'vitest'
import { Role } from '@/api/generated/graphql'
import { menuForRoles } from '../menu'

const keys = (roles: Role[]) => menuForRoles(roles).map((entry) => entry.key)
const enabledKeys = (roles: Role[]) =>
  menuForRoles(roles)
    .filter((entry) => !entry.disabled)
    .map((entry) => entry.key)

describe('menuForRoles', () => {
  it('gives everyone the workbench and the organisation, first and enabled', () => {
    for (const role of Object.values(Role)) {
      const menu = menuForRoles([role])
      expect(menu.slice(0, 2)).toEqual([
        { key: 'home', titleKey: 'menu.home', path: '/', disabled: false },
        { key: 'organisation', titleKey: 'menu.organisation', path: '/org', disabled: false },
      ])
    }
  })

  it('gives a user without roles only the common entries', () => {
    expect(keys([])).toEqual(['home', 'organisation'])
  })

  it('enables only built features, each for the roles that use it', () => {
    const statisticsRoles: Role[] = [
      Role.ESTABLISHMENT_OFFICE,
      Role.COMMAND_CENTRE,
      Role.DISCIPLINE,
      Role.ORGANISATION,
      Role.LEADER,
    ]
    const listRoles: Role[] = [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.TOWNSHIP, Role.LEADER]
    const comparisonRoles: Role[] = [Role.ESTABLISHMENT_OFFICE, Role.DEPARTMENT, Role.LEADER]
    const disputeRoles: Role[] = [Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.COMMAND_CENTRE, Role.LEADER]
    const investigationRoles: Role[] = [Role.DISCIPLINE, Role.ORGANISATION]
    const auditRoles: Role[] = [Role.ESTABLISHMENT_OFFICE, Role.DISCIPLINE]
    const deskRoles: Role[] = Object.values(Role).filter((role) => role !== Role.GRID_WORKER && role !== Role.INTEGRATION)
    const caseRoles: Role[] = deskRoles.filter((role) => role !== Role.COMMITTEE)
    const evaluationRoles: Role[] = [
      Role.ESTABLISHMENT_OFFICE,
      Role.DEPARTMENT,
      Role.TOWNSHIP,
      Role.DISCIPLINE,
      Role.ORGANISATION,
      Role.LEADER,
    ]
    const trackingRoles: Role[] = [Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.DEPARTMENT, Role.TOWNSHIP, Role.LEADER]
    const staffingRoles: Role[] = [Role.ESTABLISHMENT_OFFICE, Role.COMMITTEE, Role.DEPARTMENT, Role.LEADER]
    for (const role of Object.values(Role)) {
      const expected = ['home', 'organisation']
      if (listRoles.includes(role)) expected.push('lists')
      if (comparisonRoles.includes(role)) expected.push('comparisons', 'claims')
      if (deskRoles.includes(role)) expected.push('mandates')
      if (caseRoles.includes(role)) expected.push('cases')
      if (disputeRoles.includes(role)) expected.push('disputes')
      if (evaluationRoles.includes(role)) expected.push('evaluation')
      if (trackingRoles.includes(role)) expected.push('tracking')
      if (staffingRoles.includes(role)) expected.push('staffing')
      if (investigationRoles.includes(role)) expected.push('investigations')
      if (statisticsRoles.includes(role)) expected.push('statistics')
      if (auditRoles.includes(role)) expected.push('audit')
      expect(enabledKeys([role])).toEqual(expected)
    }
  })

  it('routes the lists to /lists', () => {
    expect(menuForRoles([Role.DEPARTMENT]).find((entry) => entry.key === 'lists')).toEqual({
      key: 'lists',
      titleKey: 'menu.lists',
      path: '/lists',
      disabled: false,
    })
  })

  it('shows features not built yet as disabled entries without a route', () => {
    for (const entry of menuForRoles(Object.values(Role)).slice(2)) {
      const built = ['lists', 'comparisons', 'claims', 'mandates', 'cases', 'disputes', 'evaluation', 'tracking', 'staffing', 'investigations', 'statistics', 'audit']
      if (built.includes(entry.key)) continue
      expect(entry.disabled).toBe(true)
      expect(entry.path).toBeUndefined()
    }
  })

  it.each<[Role, string[]]>([
    [
      Role.ESTABLISHMENT_OFFICE,
      [
        'home',
        'organisation',
        'lists',
        'comparisons',
        'claims',
        'mandates',
        'cases',
        'disputes',
        'evaluation',
        'tracking',
        'staffing',
        'statistics',
        'audit',
      ],
    ],
    [Role.COMMITTEE, ['home', 'organisation', 'mandates', 'disputes', 'tracking', 'staffing']],
    [Role.COMMAND_CENTRE, ['home', 'organisation', 'mandates', 'cases', 'disputes', 'statistics']],
    [Role.DEPARTMENT, ['home', 'organisation', 'lists', 'comparisons', 'claims', 'mandates', 'cases', 'evaluation', 'tracking', 'staffing']],
    [Role.TOWNSHIP, ['home', 'organisation', 'lists', 'mandates', 'cases', 'evaluation', 'tracking']],
    [Role.GRID_WORKER, ['home', 'organisation']],
    [Role.DISCIPLINE, ['home', 'organisation', 'mandates', 'cases', 'evaluation', 'investigations', 'statistics', 'audit']],
    [Role.ORGANISATION, ['home', 'organisation', 'mandates', 'cases', 'evaluation', 'investigations', 'statistics']],
    [
      Role.LEADER,
      [
        'home',
        'organisation',
        'lists',
        'comparisons',
        'claims',
        'mandates',
        'cases',
        'disputes',
        'evaluation',
        'tracking',
        'staffing',
        'statistics',
      ],
    ],
    [Role.INTEGRATION, ['home', 'organisation']],
  ])('%s sees %j', (role, expected) => {
    expect(keys([role])).toEqual(expected)
  })

  it('merges the entries of several roles without duplicates, in menu order', () => {
    expect(keys([Role.COMMITTEE, Role.DISCIPLINE])).toEqual([
      'home',
      'organisation',
      'mandates',
      'cases',
      'disputes',
      'evaluation',
      'tracking',
      'staffing',
      'investigations',
      'statistics',
      'audit',
    ])
  })
})
