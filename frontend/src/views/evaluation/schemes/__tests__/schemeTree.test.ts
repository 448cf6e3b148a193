import { describe, expect, it } from 'vitest'
import { EvaluationCategory, IndicatorSource, ScoringRuleKind } from '@/api/generated/graphql'
import { createAppI18n } from '@/i18n'
import {
  addNode,
  blankNode,
  buildTree,
  describeRule,
  formatPoints,
  placeErrors,
  removeNode,
  replaceNode,
  toInput,
  type EditableNode,
} from '../schemeTree'

const { t } = createAppI18n('zh-CN').global
const translate = (key: string, params?: Record<string, unknown>): string => t(key, params ?? {})

function node(code: string, parentCode: string | null, over: Partial<EditableNode> = {}): EditableNode {
  return { ...blankNode(parentCode), code, name: `指标${code}`, points: '10', ...over }
}

const scheme: EditableNode[] = [node('A', null), node('A1', 'A'), node('A1.1', 'A1'), node('A2', 'A'), node('B', null)]

describe('the rule in words', () => {
  it('says what each kind of rule does, with plain numbers', () => {
    expect(describeRule({ kind: ScoringRuleKind.DEDUCTION, perOccurrence: '2', floor: null }, translate)).toBe('每发生一次扣 2 分，最低 0 分')
    expect(describeRule({ kind: ScoringRuleKind.DEDUCTION, perOccurrence: 0.5, floor: '2.00' }, translate)).toBe('每发生一次扣 0.5 分，最低 2 分')
    expect(describeRule({ kind: ScoringRuleKind.BONUS, perOccurrence: '5', cap: '10' }, translate)).toBe('每项加 5 分，最高 10 分')
    expect(describeRule({ kind: ScoringRuleKind.PROPORTIONAL, target: '1' }, translate)).toBe('按实际值与目标值 1 的比例计分，达到目标得满分')
    expect(describeRule({ kind: ScoringRuleKind.PASS_FAIL, threshold: '0.9' }, translate)).toBe('达到 0.9 得满分，否则不得分')
    expect(describeRule({ kind: ScoringRuleKind.DIRECT }, translate)).toBe('由编办直接评定（定性）')
    expect(describeRule(null, translate)).toBe('由子指标合计')
  })

  it('shows points with two decimals', () => {
    expect(formatPoints('1.5')).toBe('1.50')
    expect(formatPoints(8)).toBe('8.00')
    expect(formatPoints(null)).toBe('—')
  })
})

describe('the tree of a flat pre-order list', () => {
  it('nests children under their parent and keeps each row’s place in the list', () => {
    const tree = buildTree(scheme)
    expect(tree.map((r) => r.code)).toEqual(['A', 'B'])
    expect(tree[0]?.children?.map((r) => [r.code, r.index])).toEqual([['A1', 1], ['A2', 3]])
    expect(tree[0]?.children?.[0]?.children?.map((r) => r.code)).toEqual(['A1.1'])
    expect(tree[1]?.children).toBeUndefined()
  })

  it('keeps a node whose parent is missing at the top, so nothing disappears', () => {
    expect(buildTree([node('X1', 'X')]).map((r) => r.code)).toEqual(['X1'])
  })
})

describe('editing the list', () => {
  it('adds a child after its parent’s last descendant, an aspect at the end', () => {
    expect(addNode(scheme, node('A1.2', 'A1')).map((n) => n.code)).toEqual(['A', 'A1', 'A1.1', 'A1.2', 'A2', 'B'])
    expect(addNode(scheme, node('A3', 'A')).map((n) => n.code)).toEqual(['A', 'A1', 'A1.1', 'A2', 'A3', 'B'])
    expect(addNode(scheme, node('C', null)).map((n) => n.code)).toEqual(['A', 'A1', 'A1.1', 'A2', 'B', 'C'])
  })

  it('removes a node with its descendants', () => {
    expect(removeNode(scheme, 1).map((n) => n.code)).toEqual(['A', 'A2', 'B'])
    expect(removeNode(scheme, 0).map((n) => n.code)).toEqual(['B'])
  })

  it('moves the children along when a code changes', () => {
    const renamed = replaceNode(scheme, 1, node('A9', 'A'))
    expect(renamed.map((n) => [n.code, n.parentCode])).toEqual([['A', null], ['A9', 'A'], ['A1.1', 'A9'], ['A2', 'A'], ['B', null]])
  })

  it('sends only what the rule kind and the source take', () => {
    const input = toInput(node('A1', 'A', {
      points: 8,
      source: IndicatorSource.MANUAL,
      sourceBody: '组织部',
      rule: { kind: ScoringRuleKind.DEDUCTION, perOccurrence: 2, floor: '', cap: '5', target: '1' },
      computation: { name: 'CASE_ON_TIME_RATE', params: [] },
      pointsByCategory: [{ category: EvaluationCategory.TOWNSHIP, points: 6 }],
    }))
    expect(input.points).toBe('8')
    expect(input.sourceBody).toBeNull()
    expect(input.computation).toBeNull()
    expect(input.rule).toEqual({ kind: 'DEDUCTION', target: null, perOccurrence: '2', floor: null, cap: null, threshold: null })
    expect(input.pointsByCategory).toEqual([{ category: 'TOWNSHIP', points: '6' }])
  })
})

describe('validation errors by row', () => {
  it('places each error on the row its field names, the others above the table', () => {
    const { byRow, general } = placeErrors([
      { field: 'input.indicators[3].rule.floor', message: '保底分 12 高于指标分值 10' },
      { field: 'input.indicators[3].points', message: '分值须大于 0' },
      { field: 'input.indicators[0].points', message: '子指标分值之和 99.99 不等于上级指标 A 的分值 100' },
      { field: 'input.indicators', message: '一级指标分值合计须大于 0' },
      { field: 'input.name', message: '标准名称不能为空' },
    ])
    expect(byRow.get(3)).toEqual(['保底分 12 高于指标分值 10', '分值须大于 0'])
    expect(byRow.get(0)).toEqual(['子指标分值之和 99.99 不等于上级指标 A 的分值 100'])
    expect(general).toEqual(['一级指标分值合计须大于 0', '标准名称不能为空'])
  })
})
