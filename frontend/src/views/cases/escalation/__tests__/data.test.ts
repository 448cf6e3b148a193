import { describe, expect, it } from 'vitest'
import { Role, UnitKind } from '@/api/generated/graphql'
import type { EscalationRule } from '@/api/escalation'
import { canEditEscalation, canReadEscalation, formOf, inputOf, warnLead } from '../data'

const rule = (over: Partial<EscalationRule> = {}): EscalationRule => ({
  id: '7',
  inherited: false,
  categoryItemId: null,
  categoryItemName: null,
  categoryText: '噪声扰民',
  warnBeforeHours: 8,
  remindAtDeadline: true,
  escalateAfterDays: 3,
  version: 2,
  updatedAt: '2026-12-05T10:00:00+08:00',
  updatedByName: '编办张三',
  ...over,
})

describe('who reads and edits 催督办规则', () => {
  it.each([
    [[Role.ESTABLISHMENT_OFFICE], UnitKind.ESTABLISHMENT_OFFICE, true, true],
    [[Role.COMMAND_CENTRE], UnitKind.COMMAND_CENTRE, true, true],
    [[Role.COMMAND_CENTRE], UnitKind.TOWNSHIP_COMMAND_ROOM, true, false],
    [[Role.LEADER], UnitKind.REGION_GOVERNMENT, true, false],
    [[Role.DEPARTMENT], UnitKind.GOVERNMENT_DEPARTMENT, false, false],
    [[Role.INTEGRATION], UnitKind.PUBLIC_INSTITUTION, false, false],
  ])('%s at a %s: reads %s, edits %s', (roles, kind, reads, edits) => {
    expect(canReadEscalation(roles)).toBe(reads)
    expect(canEditEscalation(roles, kind)).toBe(edits)
  })
})

describe('the rule form', () => {
  it('starts a new rule from the usual settings', () => {
    expect(formOf(null)).toEqual({ categoryText: '', warnBeforeHours: 24, remindAtDeadline: true, escalate: true, escalateAfterDays: 2 })
  })

  it('saves over the district’s own rule with its version', () => {
    expect(inputOf(formOf(rule()), rule(), false)).toEqual({
      categoryText: '噪声扰民',
      warnBeforeHours: 8,
      remindAtDeadline: true,
      escalateAfterDays: 3,
      version: 2,
    })
  })

  it('sends no 督办 when it is switched off, and no category for the default', () => {
    const form = { ...formOf(rule()), escalate: false }
    expect(inputOf(form, rule({ categoryText: null }), true)).toEqual({
      warnBeforeHours: 8,
      remindAtDeadline: true,
      escalateAfterDays: null,
      version: 2,
    })
  })

  it('creates the district’s own default when it saves over the inherited one', () => {
    expect(inputOf(formOf(rule({ inherited: true, categoryText: null })), rule({ inherited: true }), true).version).toBeNull()
  })

  it('reads a rule without 督办 as switched off', () => {
    expect(formOf(rule({ escalateAfterDays: null })).escalate).toBe(false)
  })

  it.each([
    [0, 0, 0],
    [8, 0, 8],
    [24, 1, 0],
    [36, 1, 12],
  ])('%i working hours are %i days and %i hours', (hours, days, rest) => {
    expect(warnLead(hours)).toEqual({ days, hours: rest })
  })
})
