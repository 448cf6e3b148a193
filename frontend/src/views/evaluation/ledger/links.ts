import type { RouteLocationRaw } from 'vue-router'
import { ProblemSource, type ListKind } from '@/api/generated/graphql'

/**
 * What a ledger item concerns (关联对象) as rows of the detail, each with where it links: the round, the goal, the
 * indicator, the list item, the case, the duty and the finding's source. An object the viewer may not see comes from
 * the server as null and has no row; an item without a round says so (未关联考核批次).
 */

export interface LinkedItem {
  unitId: string
  roundId?: string | null
  roundName?: string | null
  goal?: { id: string; year: number; title: string } | null
  indicator?: { code: string; name: string } | null
  listItem?: { id: string; kind: ListKind; code: string; name: string } | null
  case?: { id: string; code: string; title: string } | null
  duty?: { id: string; unitId: string; text: string } | null
  source: { kind: ProblemSource; id?: string | null; formId?: string | null }
}

export type LinkKey = 'round' | 'goal' | 'indicator' | 'listItem' | 'case' | 'duty' | 'source'

/** One row: its label key, the text parts (i18n keys marked with `label`), and its target (null: no page to open). */
export interface LinkRow {
  key: LinkKey
  text: string
  /** an i18n key whose label goes before the text (the list's name, the source's kind), if any */
  label?: string
  to: RouteLocationRaw | null
}

/** The page a finding's source opens on: the reviewed form, the unit's 五个一, the 三定 findings, the score… */
export function sourceTarget(item: LinkedItem): RouteLocationRaw | null {
  const { kind, formId } = item.source
  const fieldwork = item.roundId ? { name: 'evaluation-fieldwork-unit', params: { roundId: item.roundId, unitId: item.unitId } } : null
  switch (kind) {
    case ProblemSource.FORM_REVIEW:
      return formId ? { name: 'evaluation-form', params: { id: formId } } : null
    case ProblemSource.REPORT_REVIEW:
    case ProblemSource.INQUIRY:
    case ProblemSource.SYMPOSIUM:
    case ProblemSource.QUESTIONNAIRE:
      return fieldwork
    case ProblemSource.SCORE:
      return item.roundId ? { name: 'evaluation-unit-result', params: { roundId: item.roundId, unitId: item.unitId } } : null
    case ProblemSource.THREE_DEFINITIONS:
      return { name: 'evaluation-sanding' }
    case ProblemSource.TRACKING:
      return { name: 'tracking' }
    case ProblemSource.VERIFICATION:
      return item.goal ? goalTarget(item.goal) : { name: 'evaluation-goals' }
    default:
      return null
  }
}

const goalTarget = (goal: { id: string; year: number }): RouteLocationRaw => ({
  name: 'evaluation-goals',
  query: { goalId: goal.id, year: String(goal.year) },
})

/** The rows of the 关联对象 section, in a fixed order; the round row is always there (without a round it says so). */
export function linkRows(item: LinkedItem): LinkRow[] {
  const rows: LinkRow[] = [
    item.roundId
      ? { key: 'round', text: item.roundName ?? item.roundId, to: { name: 'evaluation-round', params: { id: item.roundId } } }
      : { key: 'round', text: '', label: 'evaluationLedger.links.noRound', to: null },
  ]
  if (item.goal) rows.push({ key: 'goal', text: item.goal.title, to: goalTarget(item.goal) })
  if (item.indicator) rows.push({ key: 'indicator', text: `${item.indicator.code} ${item.indicator.name}`, to: null })
  if (item.listItem) {
    rows.push({
      key: 'listItem',
      text: `${item.listItem.code} ${item.listItem.name}`,
      label: `enums.ListKind.${item.listItem.kind}`,
      to: { name: 'list-item', params: { id: item.listItem.id } },
    })
  }
  if (item.case) rows.push({ key: 'case', text: `${item.case.code} ${item.case.title}`, to: { name: 'case', params: { id: item.case.id } } })
  if (item.duty) rows.push({ key: 'duty', text: item.duty.text, to: { name: 'mandate', params: { unitId: item.duty.unitId } } })
  rows.push({ key: 'source', text: '', label: `evaluationLedger.ProblemSource.${item.source.kind}`, to: sourceTarget(item) })
  return rows
}
