import { describe, expect, it } from 'vitest'
import { DisputeRung, DisputeStatus, Role } from '@/api/generated/graphql'
import { activeStep, actingRole, canEscalate, cooperatingInput, mayAct, RUNGS } from '../data'

describe('the dispute ladder', () => {
  it('has five rungs, the committee last', () => {
    expect(RUNGS).toHaveLength(5)
    expect(RUNGS[4]).toBe(DisputeRung.COMMITTEE_DECIDES)
  })

  it('names who acts at each rung', () => {
    expect(actingRole(DisputeRung.LEAD_CONVENES)).toBe(Role.COMMAND_CENTRE)
    expect(actingRole(DisputeRung.LEADER_COORDINATES)).toBe(Role.COMMAND_CENTRE)
    expect(actingRole(DisputeRung.OFFICE_COORDINATES)).toBe(Role.ESTABLISHMENT_OFFICE)
    expect(actingRole(DisputeRung.COMMITTEE_DECIDES)).toBe(Role.COMMITTEE)
  })

  it('shows the act form only on an open dispute at the viewer’s rung', () => {
    const open = { status: DisputeStatus.OPEN, rung: DisputeRung.COMMITTEE_DECIDES }
    expect(mayAct([Role.COMMITTEE], open)).toBe(true)
    expect(mayAct([Role.COMMAND_CENTRE], open)).toBe(false)
    expect(mayAct([Role.COMMITTEE], { ...open, status: DisputeStatus.RESOLVED })).toBe(false)
  })

  it('escalates from every rung but the top and marks progress', () => {
    expect(canEscalate(DisputeRung.OFFICE_COORDINATES)).toBe(true)
    expect(canEscalate(DisputeRung.COMMITTEE_DECIDES)).toBe(false)
    expect(activeStep({ status: DisputeStatus.OPEN, rung: DisputeRung.NEGOTIATION })).toBe(1)
    expect(activeStep({ status: DisputeStatus.RESOLVED, rung: DisputeRung.NEGOTIATION })).toBe(2)
  })

  it('sends only complete co-operating rows, trimmed', () => {
    expect(
      cooperatingInput([
        { unitId: '1', responsibility: ' 配合监测 ' },
        { unitId: null, responsibility: 'x' },
        { unitId: '2', responsibility: ' ' },
      ]),
    ).toEqual([{ unitId: '1', responsibility: '配合监测' }])
  })
})
