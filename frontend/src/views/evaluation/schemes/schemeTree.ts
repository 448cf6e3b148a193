import type { EvaluationCategory, IndicatorSource, ScoringRuleKind } from '@/api/generated/graphql'

/**
 * The pure side of the scheme pages (评估标准): the flat pre-order list of indicators as the editor holds it, the tree
 * the table shows, a rule in words, and each validation error placed on its row.
 */

type Decimal = number | string | null | undefined

export interface EditableRule {
  kind: ScoringRuleKind
  target?: Decimal
  perOccurrence?: Decimal
  floor?: Decimal
  cap?: Decimal
  threshold?: Decimal
}

/** One indicator as the editor holds it (the API's input shape). */
export interface EditableNode {
  code: string
  parentCode: string | null
  name: string
  description: string | null
  points: Decimal
  pointsByCategory: { category: EvaluationCategory; points: Decimal }[]
  categories: EvaluationCategory[]
  source: IndicatorSource | null
  sourceBody: string | null
  rule: EditableRule | null
  computation: { name: string; params: { name: string; value: string }[] } | null
  previousCode: string | null
  comparable: boolean
}

/** A row of the tree table: the node, its place in the flat list, and its children. */
export type TreeRow<T> = T & { index: number; children?: TreeRow<T>[] }

/** The tree of a flat pre-order list (a node whose parent is missing stays at the top, so nothing disappears). */
export function buildTree<T extends { code: string; parentCode?: string | null }>(nodes: readonly T[]): TreeRow<T>[] {
  const rows = nodes.map((n, index): TreeRow<T> => ({ ...n, index }))
  const byCode = new Map<string, TreeRow<T>>()
  for (const row of rows) if (!byCode.has(row.code)) byCode.set(row.code, row)
  const top: TreeRow<T>[] = []
  for (const row of rows) {
    const parent = row.parentCode ? byCode.get(row.parentCode) : undefined
    if (parent && parent !== row) {
      parent.children = [...(parent.children ?? []), row]
    } else {
      top.push(row)
    }
  }
  return top
}

/** A number as the rules read it: 2, 0.5, 100 (no trailing zeros). */
export function plain(value: Decimal): string {
  if (value === null || value === undefined || value === '') return '0'
  const n = Number(value)
  return Number.isFinite(n) ? String(Number(n.toFixed(4))) : String(value)
}

/** Points with two decimals: 8.00, 1.50. */
export function formatPoints(value: Decimal): string {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  return Number.isFinite(n) ? n.toFixed(2) : String(value)
}

type Translate = (key: string, params?: Record<string, unknown>) => string

/** The rule in words: “每发生一次扣 2 分，最低 0 分”; a parent's “由子指标合计”. */
export function describeRule(rule: EditableRule | null | undefined, t: Translate): string {
  if (!rule) return t('evaluationSchemes.rule.none')
  return t(`evaluationSchemes.rule.${rule.kind}`, {
    target: plain(rule.target),
    perOccurrence: plain(rule.perOccurrence),
    floor: plain(rule.floor),
    cap: plain(rule.cap),
    threshold: plain(rule.threshold),
  })
}

/** The parameters each rule kind takes (the others are cleared when the kind changes, as the server requires). */
export const RULE_PARAMS: Record<ScoringRuleKind, (keyof Omit<EditableRule, 'kind'>)[]> = {
  PROPORTIONAL: ['target'],
  DEDUCTION: ['perOccurrence', 'floor'],
  BONUS: ['perOccurrence', 'cap'],
  PASS_FAIL: ['threshold'],
  DIRECT: [],
}

/** The rule keeping only the parameters its kind takes. */
export function cleanRule(rule: EditableRule): EditableRule {
  const clean: EditableRule = { kind: rule.kind }
  for (const p of RULE_PARAMS[rule.kind]) {
    const v = rule[p]
    clean[p] = v === '' || v === undefined ? null : v
  }
  return clean
}

/** The errors of a refused scheme by row (input.indicators[3].rule.floor → row 3), and those of no row. */
export function placeErrors(errors: readonly { field: string; message: string }[]): {
  byRow: Map<number, string[]>
  general: string[]
} {
  const byRow = new Map<number, string[]>()
  const general: string[] = []
  for (const e of errors) {
    const m = /^input\.indicators\[(\d+)]/.exec(e.field)
    if (m) {
      const i = Number(m[1])
      byRow.set(i, [...(byRow.get(i) ?? []), e.message])
    } else {
      general.push(e.message)
    }
  }
  return { byRow, general }
}

/** The index just after the node's last descendant (where a new child goes in pre-order). */
function endOfSubtree(nodes: readonly EditableNode[], index: number): number {
  const codes = new Set([nodes[index]?.code])
  let end = index + 1
  while (end < nodes.length && codes.has(nodes[end]?.parentCode ?? '\u0000')) {
    codes.add(nodes[end]!.code)
    end++
  }
  return end
}

/** The list with a node added: a child after its parent's last descendant, an aspect at the end. */
export function addNode(nodes: readonly EditableNode[], node: EditableNode): EditableNode[] {
  const parent = node.parentCode === null ? -1 : nodes.findIndex((n) => n.code === node.parentCode)
  const at = parent < 0 ? nodes.length : endOfSubtree(nodes, parent)
  return [...nodes.slice(0, at), node, ...nodes.slice(at)]
}

/** The list without the node and its descendants. */
export function removeNode(nodes: readonly EditableNode[], index: number): EditableNode[] {
  return [...nodes.slice(0, index), ...nodes.slice(endOfSubtree(nodes, index))]
}

/** The list with the node replaced; its children follow a changed code. */
export function replaceNode(nodes: readonly EditableNode[], index: number, node: EditableNode): EditableNode[] {
  const old = nodes[index]?.code
  return nodes.map((n, i) => {
    if (i === index) return node
    return old !== undefined && old !== node.code && n.parentCode === old ? { ...n, parentCode: node.code } : n
  })
}

/** A blank indicator under a parent (a leaf marked by hand, directly). */
export function blankNode(parentCode: string | null): EditableNode {
  return {
    code: '',
    parentCode,
    name: '',
    description: null,
    points: null,
    pointsByCategory: [],
    categories: [],
    source: null,
    sourceBody: null,
    rule: null,
    computation: null,
    previousCode: null,
    comparable: false,
  }
}

/** An indicator as read from the API, for editing. */
export function toEditable(i: {
  code: string
  parentCode?: string | null
  name: string
  description?: string | null
  points: Decimal
  pointsByCategory: readonly { category: EvaluationCategory; points: Decimal }[]
  categories: readonly EvaluationCategory[]
  source?: IndicatorSource | null
  sourceBody?: string | null
  rule?: EditableRule | null
  computation?: { name: string; params: readonly { name: string; value: string }[] } | null
  previousCode?: string | null
  comparable: boolean
}): EditableNode {
  return {
    code: i.code,
    parentCode: i.parentCode ?? null,
    name: i.name,
    description: i.description ?? null,
    points: i.points,
    pointsByCategory: i.pointsByCategory.map((p) => ({ category: p.category, points: p.points })),
    categories: [...i.categories],
    source: i.source ?? null,
    sourceBody: i.sourceBody ?? null,
    rule: i.rule ? cleanRule(i.rule) : null,
    computation: i.computation ? { name: i.computation.name, params: i.computation.params.map((p) => ({ ...p })) } : null,
    previousCode: i.previousCode ?? null,
    comparable: i.comparable,
  }
}

function decimal(value: Decimal): string | null {
  return value === null || value === undefined || value === '' ? null : String(value)
}

/** The node as the API's input: numbers as decimal strings, the rule cleaned, empty texts as null. */
export function toInput(n: EditableNode): {
  code: string
  parentCode: string | null
  name: string
  description: string | null
  points: string | null
  pointsByCategory: { category: EvaluationCategory; points: string }[]
  categories: EvaluationCategory[]
  source: IndicatorSource | null
  sourceBody: string | null
  rule: { kind: ScoringRuleKind; target: string | null; perOccurrence: string | null; floor: string | null; cap: string | null; threshold: string | null } | null
  computation: { name: string; params: { name: string; value: string }[] } | null
  previousCode: string | null
  comparable: boolean
} {
  const rule = n.rule ? cleanRule(n.rule) : null
  return {
    code: n.code,
    parentCode: n.parentCode || null,
    name: n.name,
    description: n.description || null,
    points: decimal(n.points),
    pointsByCategory: n.pointsByCategory.map((p) => ({ category: p.category, points: decimal(p.points) ?? '0' })),
    categories: n.categories,
    source: n.source,
    sourceBody: n.source === 'IMPORTED' ? n.sourceBody || null : null,
    rule: rule && {
      kind: rule.kind,
      target: decimal(rule.target),
      perOccurrence: decimal(rule.perOccurrence),
      floor: decimal(rule.floor),
      cap: decimal(rule.cap),
      threshold: decimal(rule.threshold),
    },
    computation: n.source === 'COMPUTED' && n.computation
      ? { name: n.computation.name, params: n.computation.params.filter((p) => p.value !== '') }
      : null,
    previousCode: n.previousCode || null,
    comparable: n.comparable,
  }
}
