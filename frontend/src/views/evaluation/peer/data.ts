import { EvaluationCategory, PeerKind, PeerSeat, type PeerRuleInput } from '@/api/generated/graphql'
import type { MyPeerTasks, PeerAssessment, PeerMatrix, PeerTask } from '@/api/evaluationPeer'

/** The three kinds of peer rating, in the order they are shown: 部门互评, 乡镇评部门, 部门评乡镇 (never 乡镇评乡镇). */
export const RULE_KINDS: ReadonlyArray<{ raterKind: PeerKind; targetKind: PeerKind; defaultRaters: number }> = [
  { raterKind: PeerKind.DEPARTMENT, targetKind: PeerKind.DEPARTMENT, defaultRaters: 8 },
  { raterKind: PeerKind.TOWNSHIP, targetKind: PeerKind.DEPARTMENT, defaultRaters: 3 },
  { raterKind: PeerKind.DEPARTMENT, targetKind: PeerKind.TOWNSHIP, defaultRaters: 5 },
]

/** The locale key of a rule kind, e.g. DEPARTMENT_TOWNSHIP (部门评乡镇). */
export function ruleKey(raterKind: PeerKind, targetKind: PeerKind): string {
  return `${raterKind}_${targetKind}`
}

/** One row of the rules form: a kind of rating, on or off, with its raters per target. */
export interface RuleDraft {
  raterKind: PeerKind
  targetKind: PeerKind
  enabled: boolean
  ratersPerTarget: number
}

/** The rules form from the saved set-up (all three kinds on, with defaults, before the first save). */
export function ruleDrafts(assessment: PeerAssessment | null): RuleDraft[] {
  return RULE_KINDS.map((k) => {
    const saved = assessment?.rules.find((r) => r.raterKind === k.raterKind && r.targetKind === k.targetKind)
    const configured = assessment?.configured ?? false
    return {
      raterKind: k.raterKind,
      targetKind: k.targetKind,
      enabled: configured ? saved !== undefined : true,
      ratersPerTarget: saved?.ratersPerTarget ?? k.defaultRaters,
    }
  })
}

/** What is wrong with the rules form, or null: at least one kind on, each with 1 to 100 raters (a whole number). */
export function rulesProblem(drafts: readonly RuleDraft[]): 'noRule' | 'raters' | null {
  const on = drafts.filter((d) => d.enabled)
  if (on.length === 0) return 'noRule'
  return on.every((d) => Number.isInteger(d.ratersPerTarget) && d.ratersPerTarget >= 1 && d.ratersPerTarget <= 100)
    ? null : 'raters'
}

/** The rules to save: the kinds switched on. */
export function rulesToSave(drafts: readonly RuleDraft[]): PeerRuleInput[] {
  return drafts.filter((d) => d.enabled)
    .map((d) => ({ raterKind: d.raterKind, targetKind: d.targetKind, ratersPerTarget: d.ratersPerTarget }))
}

/** The sections a seat sees: 编办 sets up and generates; leaders read; a rater unit rates its own targets. */
export function panels(seat: PeerSeat): { setup: boolean; matrix: boolean; aggregates: boolean; tasks: boolean } {
  switch (seat) {
    case PeerSeat.OFFICE:
      return { setup: true, matrix: true, aggregates: true, tasks: false }
    case PeerSeat.LEADER:
      return { setup: false, matrix: true, aggregates: true, tasks: false }
    case PeerSeat.RATER:
      return { setup: false, matrix: false, aggregates: true, tasks: true }
    default:
      return { setup: false, matrix: false, aggregates: false, tasks: false }
  }
}

/** The peer side of a unit scored in this category: townships are one category, every other is a department. */
export function kindOf(category: EvaluationCategory): PeerKind {
  return category === EvaluationCategory.TOWNSHIP ? PeerKind.TOWNSHIP : PeerKind.DEPARTMENT
}

/** What is wrong with a typed score, or null: required, 0 to 100, two decimals at most. */
export function scoreProblem(input: string): 'required' | 'range' | 'decimals' | null {
  const text = input.trim()
  if (text === '') return 'required'
  if (!/^\d{1,3}(\.\d+)?$/.test(text)) return 'range'
  const value = Number(text)
  if (value < 0 || value > 100) return 'range'
  return /\.\d{3,}$/.test(text) ? 'decimals' : null
}

/** A rater's editable copy of one task: the score as typed and the comment. */
export interface TaskDraft {
  score: string
  comment: string
}

/** The drafts of the tasks as saved (an unrated task starts empty). */
export function draftsOf(tasks: readonly PeerTask[]): Record<string, TaskDraft> {
  const drafts: Record<string, TaskDraft> = {}
  for (const task of tasks) {
    drafts[task.target.id] = { score: task.score === null || task.score === undefined ? '' : String(Number(task.score)),
      comment: task.comment ?? '' }
  }
  return drafts
}

/** The targets whose draft differs from what is saved (to save before submitting). */
export function changedTargets(tasks: readonly PeerTask[], drafts: Record<string, TaskDraft>): string[] {
  const saved = draftsOf(tasks)
  return tasks.map((t) => t.target.id).filter((id) => {
    const d = drafts[id]
    const s = saved[id]
    return d !== undefined && s !== undefined
      && (Number(d.score) !== Number(s.score) || d.score.trim() === '' !== (s.score === '') || d.comment.trim() !== s.comment)
  })
}

/** How many of the tasks have no saved score yet. */
export function unratedCount(tasks: readonly PeerTask[]): number {
  return tasks.filter((t) => t.score === null || t.score === undefined).length
}

/** The set may be submitted: still editable, every target rated and saved, nothing left unsaved. */
export function canSubmit(mine: MyPeerTasks, drafts: Record<string, TaskDraft>): boolean {
  return mine.editable && mine.tasks.length > 0 && unratedCount(mine.tasks) === 0 && changedTargets(mine.tasks, drafts).length === 0
}

/** A share as a percentage with two decimals (96.07%), "—" when there is nothing to count. */
export function percent(part: number, whole: number): string {
  return whole <= 0 ? '—' : `${((part / whole) * 100).toFixed(2)}%`
}

/** A peer score with two decimals, "—" when absent. */
export function formatScore(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : Number(value).toFixed(2)
}

/** The rater units that have rated none of their targets yet, then those part-way, each by code (who to remind). */
export function laggingRaters(matrix: PeerMatrix): PeerMatrix['raters'] {
  return matrix.raters.filter((r) => r.assigned > 0 && r.submittedAt === null)
    .slice().sort((a, b) => a.rated / a.assigned - b.rated / b.assigned || a.unit.code.localeCompare(b.unit.code))
}

/** Targets that got fewer raters than the rules ask. */
export function shortTargets(matrix: PeerMatrix): PeerMatrix['targets'] {
  return matrix.targets.filter((t) => t.assigned < t.wanted)
}
