import { describe, expect, it } from 'vitest'
import { EvaluationComparison, IndicatorSource, Role, ScoringRuleKind } from '@/api/generated/graphql'
import {
  buildTree,
  caseOf,
  changeTag,
  drillsDown,
  formatDay,
  lostPoints,
  noChangeKey,
  raisesProblems,
  seesDashboard,
} from '../data'

describe('evaluation results helpers', () => {
  it('builds the tree from the pre-order list', () => {
    const tree = buildTree([
      { code: 'A', parentCode: null },
      { code: 'A1', parentCode: 'A' },
      { code: 'A1.1', parentCode: 'A1' },
      { code: 'A2', parentCode: 'A' },
      { code: 'B', parentCode: null },
    ])
    expect(tree.map((t) => t.node.code)).toEqual(['A', 'B'])
    expect(tree[0]?.children.map((t) => t.node.code)).toEqual(['A1', 'A2'])
    expect(tree[0]?.children[0]?.children.map((t) => t.node.code)).toEqual(['A1.1'])
  })

  it('colours changes and says why there is none', () => {
    expect(changeTag('-1')).toBe('danger')
    expect(changeTag('2')).toBe('success')
    expect(changeTag(null)).toBe('info')
    expect(noChangeKey({ change: '-1.51', comparison: EvaluationComparison.COMPARED })).toBeNull()
    expect(noChangeKey({ change: null, comparison: EvaluationComparison.NO_PREVIOUS_ROUND })).toBe('enums.EvaluationComparison.NO_PREVIOUS_ROUND')
    expect(formatDay('2026-12-04T17:30:00Z')).toBe('2026-12-05')
  })

  it('counts lost points of scored leaves but never of a bonus', () => {
    const leaf = { leaf: true, applicable: true, points: '30', score: '25', ruleKind: ScoringRuleKind.DEDUCTION }
    expect(lostPoints(leaf)).toBe(5)
    expect(lostPoints({ ...leaf, ruleKind: ScoringRuleKind.BONUS, score: '2' })).toBe(0)
    expect(lostPoints({ ...leaf, applicable: false })).toBe(0)
    expect(lostPoints({ ...leaf, score: null })).toBe(0)
    expect(lostPoints({ ...leaf, leaf: false })).toBe(0)
  })

  it('drills down computed figures only', () => {
    expect(drillsDown({ source: IndicatorSource.COMPUTED, scoreId: '7', figure: '0.9' })).toBe(true)
    expect(drillsDown({ source: IndicatorSource.IMPORTED, scoreId: '7', figure: '2' })).toBe(false)
    expect(drillsDown({ source: IndicatorSource.COMPUTED, scoreId: '7', figure: null })).toBe(false)
  })

  it('finds the case behind an evidence row', () => {
    expect(caseOf({ kind: 'CASE', refId: '12', refCode: 'QH-2025-0001' })).toEqual({ id: '12' })
    expect(caseOf({ kind: 'DISPATCH', refId: '40', refCode: 'QH-2025-0001' })).toEqual({ code: 'QH-2025-0001' })
    expect(caseOf({ kind: 'LIST_ITEM', refId: '3', refCode: 'XK-01' })).toBeNull()
  })

  it('lets 编办 raise problems and 编办 and leaders open the dashboard', () => {
    expect(raisesProblems([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(raisesProblems([Role.LEADER])).toBe(false)
    expect(seesDashboard([Role.LEADER])).toBe(true)
    expect(seesDashboard([Role.DEPARTMENT])).toBe(false)
  })
})
