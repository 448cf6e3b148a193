import { describe, expect, it } from 'vitest'
import { IndicatorSource, Role, ScoringRuleKind } from '@/api/generated/graphql'
import {
  buildTree,
  caseOf,
  changeTag,
  drillsDown,
  formatChange,
  formatDay,
  formatFigure,
  formatPoints,
  lostPoints,
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

  it('formats points, changes and figures', () => {
    expect(formatPoints('85.5')).toBe('85.50')
    expect(formatPoints(null)).toBe('—')
    expect(formatChange('1.2')).toBe('+1.20')
    expect(formatChange('-3.33')).toBe('−3.33')
    expect(formatChange('0')).toBe('0.00')
    expect(formatChange(null)).toBe('—')
    expect(changeTag('-1')).toBe('danger')
    expect(changeTag('2')).toBe('success')
    expect(formatFigure({ figure: '0.9000', numerator: '9.00', denominator: '10.00' })).toBe('0.9（9/10）')
    expect(formatFigure({ figure: '2.0000' })).toBe('2')
    expect(formatFigure({ figure: null })).toBe('—')
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
