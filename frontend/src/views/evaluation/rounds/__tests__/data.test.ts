import { describe, expect, it } from 'vitest'
import { EvaluationPeriodKind, EvaluationStage, Role } from '@/api/generated/graphql'
import {
  beijingInstant,
  deductions,
  finalMarkNeedsReason,
  firstMarkNeedsReason,
  formatPoints,
  isEvaluatedUnit,
  managesRounds,
  nextStage,
  parseIds,
  periodEnd,
  seesProgress,
  STAGES,
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
    expect(parseIds('12, 15 16、12')).toEqual(['12', '15', '16'])
  })
})
