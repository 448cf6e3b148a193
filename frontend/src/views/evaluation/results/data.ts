import { type EvaluationComparison, IndicatorSource, Role, ScoringRuleKind } from '@/api/generated/graphql'

/** A breakdown node as the tree table shows it: the node and its children. */
export interface TreeNode<N> {
  node: N
  children: TreeNode<N>[]
}

interface NodeShape {
  code: string
  parentCode?: string | null
}

/** The flat pre-order list of a breakdown as a tree (each node under the node its parentCode names). */
export function buildTree<N extends NodeShape>(nodes: readonly N[]): TreeNode<N>[] {
  const byCode = new Map<string, TreeNode<N>>()
  const roots: TreeNode<N>[] = []
  for (const node of nodes) {
    const entry: TreeNode<N> = { node, children: [] }
    byCode.set(node.code, entry)
    const parent = node.parentCode ? byCode.get(node.parentCode) : undefined
    if (parent) parent.children.push(entry)
    else roots.push(entry)
  }
  return roots
}

type Num = string | number | null | undefined

/** The label key of why a result has no change against the previous round (无可比上轮…); null when it has one. */
export function noChangeKey(row: { change?: Num; comparison: EvaluationComparison }): string | null {
  return row.change === null || row.change === undefined || row.change === '' ? `enums.EvaluationComparison.${row.comparison}` : null
}

/** The colour of a change: up is good, down is bad. */
export function changeTag(v: Num): 'success' | 'danger' | 'info' {
  if (v === null || v === undefined || v === '') return 'info'
  const n = Number(v)
  return n > 0 ? 'success' : n < 0 ? 'danger' : 'info'
}

interface ScoredShape {
  leaf: boolean
  applicable: boolean
  score?: Num
  points: Num
  ruleKind?: ScoringRuleKind | null
}

/** Points a leaf lost (its points are a cap for a bonus, so a bonus never loses); 0 when none or not scored. */
export function lostPoints(n: ScoredShape): number {
  if (!n.leaf || !n.applicable || n.score === null || n.score === undefined || n.ruleKind === ScoringRuleKind.BONUS) return 0
  return Math.max(0, Number(n.points) - Number(n.score))
}

/** A leaf whose figure was computed from the platform's data and has rows behind it (the drill-down). */
export function drillsDown(n: { source?: IndicatorSource | null; scoreId?: string | null; figure?: Num }): boolean {
  return n.source === IndicatorSource.COMPUTED && !!n.scoreId && n.figure !== null && n.figure !== undefined
}

/** Evidence kinds that stand for a case: the case itself, or a dispatch, rating or reminder of it (its code in refCode). */
const CASE_KINDS = new Set(['CASE', 'DISPATCH', 'RATING', 'REMINDER'])

/** The case behind an evidence row: its id when the row is the case, else its code to look it up; null for others. */
export function caseOf(row: { kind: string; refId: string; refCode: string | null }): { id: string } | { code: string } | null {
  if (!CASE_KINDS.has(row.kind)) return null
  if (row.kind === 'CASE') return { id: row.refId }
  return row.refCode ? { code: row.refCode } : null
}

/** Only 编办 imports for every body, raises problems; 编办 and leaders open the dashboard. */
export function raisesProblems(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

export function seesDashboard(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE) || roles.includes(Role.LEADER)
}

/** An ISO date-time as yyyy-mm-dd in the business time zone (Asia/Shanghai); "" when absent. */
export function formatDay(iso: string | null | undefined): string {
  return iso ? new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso)) : ''
}
