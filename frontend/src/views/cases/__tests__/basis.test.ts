import { describe, expect, it } from 'vitest'
import { CaseStatus, DispatchStatus, Role } from '@/api/generated/graphql'
import type { BasisItem, BasisSuggestion } from '@/api/caseBasis'
import { basisInput, basisOptions, canNameBasis, dutiesOf, itemLabel } from '../modules/basis'

function item(id: string, code: string, duties: string[] = []): BasisItem {
  return { __typename: 'ListItem', id, code, name: `事项${id}`, details: { power: { type: 'PENALTY', supervisionDuties: duties } } } as BasisItem
}

function suggestion(rank: number, of: BasisItem, reasons: string[]): BasisSuggestion {
  return { __typename: 'BasisSuggestion', rank, casesOfCategory: 0, sharedTerms: [], reasons, item: of } as BasisSuggestion
}

const noise = item('9', 'QH-D10-QL-0009', ['对违法行为的日常巡查和线索核查'])
const permit = item('1', 'QH-D10-QL-0001')
const check = item('16', 'QH-D10-QL-0016', ['对检查对象实行全覆盖监管'])

describe('the basis picker', () => {
  it('lists the suggestions first, best first, then every other item by code, each once', () => {
    const options = basisOptions([suggestion(2, check, ['同类事件已有 3 件以此事项为依据']), suggestion(1, noise, ['共有词语：噪声'])],
      [check, noise, permit])
    expect(options.map((o) => o.id)).toEqual(['9', '16', '1'])
    expect(options.map((o) => o.suggested)).toEqual([true, true, false])
    expect(options[0]?.reasons).toEqual(['共有词语：噪声'])
    expect(options[2]?.label).toBe('QH-D10-QL-0001 事项1')
  })

  it('lists every item when nothing is suggested', () => {
    expect(basisOptions([], [noise, permit]).map((o) => o.id)).toEqual(['1', '9'])
  })

  it("offers the chosen item's supervision duties, none without an item", () => {
    expect(dutiesOf('16', [], [check, noise])).toEqual(['对检查对象实行全覆盖监管'])
    expect(dutiesOf('9', [suggestion(1, noise, [])], [])).toEqual(['对违法行为的日常巡查和线索核查'])
    expect(dutiesOf(null, [], [check])).toEqual([])
  })

  it('sends the item with its duty, or nothing', () => {
    expect(basisInput('9', '对违法行为的日常巡查和线索核查')).toEqual({ powerItemId: '9', supervisionDuty: '对违法行为的日常巡查和线索核查' })
    expect(basisInput('9', '')).toEqual({ powerItemId: '9', supervisionDuty: null })
    expect(basisInput(null, 'x')).toBeNull()
    expect(itemLabel({ code: 'A-1', name: '名称' })).toBe('A-1 名称')
  })
})

describe('who names a hop\'s basis', () => {
  const department = { roles: [Role.DEPARTMENT], unitId: '10' }
  const office = { roles: [Role.DEPARTMENT], unitId: '10', officeId: '107' }
  const hop = (status: DispatchStatus, toUnitId = '10', closedAt: string | null = null) => ({ status, toUnitId, closedAt })

  it.each([
    ['the handler of a signed hop', department, hop(DispatchStatus.SIGNED), CaseStatus.IN_PROGRESS, true],
    ['the handler of a replied hop', department, hop(DispatchStatus.REPLIED), CaseStatus.COMPLETED, true],
    ['the handler of a rated hop', department, hop(DispatchStatus.RATED), CaseStatus.COMPLETED, true],
    ['not before signing', department, hop(DispatchStatus.SENT), CaseStatus.DISPATCHED, false],
    ['not on a refused hop', department, hop(DispatchStatus.REFUSED), CaseStatus.DISPUTED, false],
    ['not on a hop closed unfinished', department, hop(DispatchStatus.SIGNED, '10', '2026-12-01T00:00:00Z'), CaseStatus.IN_PROGRESS, false],
    ['not once the case is closed', department, hop(DispatchStatus.RATED), CaseStatus.CLOSED, false],
    ['not another unit', department, hop(DispatchStatus.SIGNED, '11'), CaseStatus.IN_PROGRESS, false],
    ["office staff on their office's hop", office, hop(DispatchStatus.SIGNED, '107'), CaseStatus.IN_PROGRESS, true],
    ["office staff not on their department's hop", office, hop(DispatchStatus.SIGNED, '10'), CaseStatus.IN_PROGRESS, false],
    ['not the command centre', { roles: [Role.COMMAND_CENTRE], unitId: '1' }, hop(DispatchStatus.SIGNED), CaseStatus.IN_PROGRESS, false],
  ])('%s', (_, viewer, d, caseStatus, expected) => {
    expect(canNameBasis(viewer, d, caseStatus)).toBe(expected)
  })
})
