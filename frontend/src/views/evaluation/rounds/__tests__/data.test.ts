import { describe, expect, it } from 'vitest'
import { EvaluationPeriodKind, EvaluationStage, Role } from '@/api/generated/graphql'
import {
  beijingInstant,
  beijingLocal,
  deadlineProblem,
  deadlinesChangeable,
  deductions,
  finalMarkNeedsReason,
  firstMarkNeedsReason,
  formatPoints,
  isEvaluatedUnit,
  managesRounds,
  nextStage,
  periodEnd,
  scopeChange,
  seesProgress,
  STAGES,
  unitsChangeable,
  unmarked,
} from '../data'

describe('evaluation round helpers', () => {
  it('walks the five stages in order and stops after publication', () => {
    expect(STAGES).toHaveLength(5)
    expect(nextStage(EvaluationStage.SELF_ASSESSMENT)).toBe(EvaluationStage.FIRST_MARK)
    expect(nextStage(EvaluationStage.FINAL_MARK)).toBe(EvaluationStage.PUBLISHED)
    expect(nextStage(EvaluationStage.PUBLISHED)).toBeNull()
  })

  it('tells who runs rounds and who takes part in them', () => {
    expect(managesRounds([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(managesRounds([Role.LEADER])).toBe(false)
    expect(isEvaluatedUnit([Role.TOWNSHIP])).toBe(true)
    expect(isEvaluatedUnit([Role.DISCIPLINE])).toBe(false)
    expect(seesProgress([Role.LEADER])).toBe(true)
    expect(seesProgress([Role.DISCIPLINE])).toBe(false)
  })

  it('closes a whole month, quarter, half-year or year, and refuses any other start', () => {
    expect(periodEnd(EvaluationPeriodKind.MONTH, '2026-02-01')).toBe('2026-02-28')
    expect(periodEnd(EvaluationPeriodKind.QUARTER, '2026-04-01')).toBe('2026-06-30')
    expect(periodEnd(EvaluationPeriodKind.HALF_YEAR, '2026-07-01')).toBe('2026-12-31')
    expect(periodEnd(EvaluationPeriodKind.YEAR, '2026-01-01')).toBe('2026-12-31')
    expect(periodEnd(EvaluationPeriodKind.QUARTER, '2026-05-01')).toBeNull()
    expect(periodEnd(EvaluationPeriodKind.MONTH, '2026-02-02')).toBeNull()
    expect(periodEnd(EvaluationPeriodKind.YEAR, 'x')).toBeNull()
  })

  it('asks a reason for a deduction, a mark off the rule, and a final mark off the first', () => {
    expect(firstMarkNeedsReason(10, 10, null)).toBe(false)
    expect(firstMarkNeedsReason(8, 10, null)).toBe(true)
    expect(firstMarkNeedsReason(8, 10, 8)).toBe(false)
    expect(firstMarkNeedsReason(10, 10, 8)).toBe(true)
    expect(finalMarkNeedsReason(8, 8)).toBe(false)
    expect(finalMarkNeedsReason(9, 8)).toBe(true)
  })

  it('lists deductions and counts unmarked applicable rows', () => {
    const rows = [
      { lostPoints: true, notApplicable: false, firstScore: 8 },
      { lostPoints: false, notApplicable: false, firstScore: null },
      { lostPoints: false, notApplicable: true, firstScore: null },
    ]
    expect(deductions(rows)).toHaveLength(1)
    expect(unmarked(rows, (r) => r.firstScore)).toBe(1)
  })

  it('formats points with two decimals and local times as Beijing instants', () => {
    expect(formatPoints('24')).toBe('24.00')
    expect(formatPoints(null)).toBe('—')
    expect(beijingInstant('2026-04-10T17:00')).toBe('2026-04-10T17:00:00+08:00')
  })

  it('offers deadline changes until the final mark and scope changes only during the self-assessment', () => {
    expect(STAGES.filter(deadlinesChangeable)).toEqual([EvaluationStage.SELF_ASSESSMENT, EvaluationStage.FIRST_MARK,
      EvaluationStage.REPLY, EvaluationStage.FINAL_MARK])
    expect(deadlinesChangeable(EvaluationStage.DRAFT)).toBe(false)
    expect(STAGES.filter(unitsChangeable)).toEqual([EvaluationStage.SELF_ASSESSMENT])
  })

  it('shows an instant in Beijing time for the pickers and reads it back', () => {
    expect(beijingLocal('2026-04-10T09:00:00Z')).toBe('2026-04-10T17:00')
    expect(beijingLocal('2026-12-31T20:30:00+00:00')).toBe('2027-01-01T04:30')
    expect(beijingInstant(beijingLocal('2026-04-10T17:00:00+08:00'))).toBe('2026-04-10T17:00:00+08:00')
    expect(beijingLocal('nonsense')).toBe('')
  })

  it.each([
    ['', '2026-04-10T17:00', 'required'],
    ['2026-04-10T17:00', '', 'required'],
    ['2026-04-10T17:00', '2026-04-10T16:59', 'order'],
    ['2026-04-10T17:00', '2026-04-10T17:00', null],
    ['2026-04-10T17:00', '2026-04-12T17:00', null],
  ] as const)('a due time %s locked at %s: %s', (due, locks, problem) => {
    expect(deadlineProblem(due, locks)).toBe(problem)
  })

  it('sends only real changes of scope', () => {
    expect(scopeChange(['1', '2'], ['3', '3', '1'], ['2', '9'])).toEqual({ add: ['3'], remove: ['2'] })
    expect(scopeChange(['1'], ['1'], ['5'])).toBeNull()
    expect(scopeChange(['1', '2'], [], ['1'])).toEqual({ add: [], remove: ['1'] })
  })
})
