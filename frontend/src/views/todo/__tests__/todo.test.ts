import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '@/router'
import { Role, TodoKind } from '@/api/generated/graphql'
import { caseLocation, inlineAction, itemKey, replyTextOf, showsTodoPanel, signsDispatches, totalOf, waitingKinds } from '../todo'

describe('the 待办 row actions', () => {
  it.each([
    [TodoKind.SIGN, false, 'sign'],
    [TodoKind.SIGN, true, 'sign'],
    [TodoKind.REPLY, false, null],
    [TodoKind.REPLY, true, 'reply'],
    [TodoKind.RATE, true, null],
    [TodoKind.DECIDE, false, null],
    [TodoKind.ACCEPT, false, null],
    [TodoKind.DISPATCH, true, null],
  ] as const)('%s on the phone %s offers %s in place', (kind, phone, action) => {
    expect(inlineAction(kind, phone)).toBe(action)
  })

  it('sends a reply only with text in it', () => {
    expect(replyTextOf('  已责令停工  ')).toBe('已责令停工')
    expect(replyTextOf(' \n ')).toBeNull()
  })
})

describe('who has the 待办 panel and 待签收', () => {
  it.each([
    [[Role.DEPARTMENT], true, true],
    [[Role.TOWNSHIP], true, true],
    [[Role.COMMAND_CENTRE], true, false],
    [[Role.ESTABLISHMENT_OFFICE], true, false],
    [[Role.LEADER], true, false],
    [[Role.GRID_WORKER], false, false],
    [[Role.DISCIPLINE], false, false],
    [[Role.INTEGRATION], false, false],
  ] as const)('%j: panel %s, 待签收 %s', (roles, panel, sign) => {
    expect(showsTodoPanel(roles)).toBe(panel)
    expect(signsDispatches(roles)).toBe(sign)
  })
})

describe('the counts and keys of the queue', () => {
  const counts = [
    { kind: TodoKind.SIGN, count: 3, overdue: 1 },
    { kind: TodoKind.REPLY, count: 0, overdue: 0 },
    { kind: TodoKind.RATE, count: 2, overdue: 0 },
  ]

  it('adds up the kinds and shows only those with something waiting', () => {
    expect(totalOf(counts)).toBe(5)
    expect(totalOf([])).toBe(0)
    expect(waitingKinds(counts).map((c) => c.kind)).toEqual([TodoKind.SIGN, TodoKind.RATE])
  })

  it('keys an item by what it is about, so one dispatch is two items only as two kinds', () => {
    const c = { id: '9' }
    expect(itemKey({ kind: TodoKind.SIGN, case: c, dispatch: { id: '5' } })).toBe('SIGN-5')
    expect(itemKey({ kind: TodoKind.DECIDE, case: c, dispatch: { id: '5' }, appeal: { id: '7' } })).toBe('DECIDE-7')
    expect(itemKey({ kind: TodoKind.ACCEPT, case: c, dispatch: null, appeal: null })).toBe('ACCEPT-9')
  })
})

describe('where a row opens its case', () => {
  const app = createRouter({ history: createMemoryHistory(), routes })

  it('opens the desktop case page on the desktop', () => {
    expect(app.resolve(caseLocation('42', false)).path).toBe('/cases/42')
  })

  it('opens the phone case page on the phone', () => {
    expect(app.resolve(caseLocation('42', true)).path).toBe('/m/cases/42')
  })
})
