import { CaseStatus, DispatchRole, type CaseFilter, type CaseSource, type DispatchCaseInput } from '@/api/generated/graphql'

/** The board's quick filters (command centre first: what waits for it). */
export const QUICK_FILTERS = ['all', 'todo', 'open', 'disputed', 'overdue', 'toSign'] as const
export type QuickFilter = (typeof QUICK_FILTERS)[number]

const QUICK_STATUSES: Record<QuickFilter, CaseStatus[]> = {
  all: [],
  todo: [CaseStatus.REPORTED],
  open: [CaseStatus.ACCEPTED, CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS],
  disputed: [CaseStatus.DISPUTED],
  // 超期 lists dispatches, not cases: the case filter does not apply
  overdue: [],
  // 待签收 lists the unit's 待办 to sign for (myTodo), not cases
  toSign: [],
}

export interface CaseSearch {
  keyword: string
  statuses: CaseStatus[]
  source: CaseSource | null
  /** [from, to] as YYYY-MM-DD, both inclusive, in Beijing time */
  period: [string, string] | null
}

/** The day after a YYYY-MM-DD date, for an exclusive upper bound. */
function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const next = new Date(Date.UTC(y, m - 1, d + 1))
  return next.toISOString().slice(0, 10)
}

/**
 * The API filter of the board: the quick filter's statuses narrowed by those chosen (both apply), the keyword, the
 * source, and the reporting period as Beijing-time days (the upper day included).
 */
export function caseFilterOf(quick: QuickFilter, search: CaseSearch): CaseFilter {
  const filter: CaseFilter = {}
  const quickStatuses = QUICK_STATUSES[quick]
  let statuses = search.statuses
  if (quickStatuses.length > 0) {
    statuses = statuses.length > 0 ? statuses.filter((s) => quickStatuses.includes(s)) : quickStatuses
    if (statuses.length === 0) statuses = quickStatuses
  }
  if (statuses.length > 0) filter.statuses = statuses
  const keyword = search.keyword.trim()
  if (keyword) filter.keyword = keyword
  if (search.source) filter.source = search.source
  if (search.period) {
    filter.reportedFrom = `${search.period[0]}T00:00:00+08:00`
    filter.reportedTo = `${nextDay(search.period[1])}T00:00:00+08:00`
  }
  return filter
}

/** The dispatch dialog's fields; a co-operating row may still be empty while being filled in. */
export interface DispatchForm {
  leadUnitId: string | null
  cooperating: (string | null)[]
  signDays: number
  handlingDays: number
  instructions: string
}

/** One lead and the distinct co-operating units (never the lead again, never an empty row). */
export function dispatchInput(caseId: string, caseVersion: number, parentDispatchId: string | null, form: DispatchForm): DispatchCaseInput {
  const cooperating = [...new Set(form.cooperating.filter((id): id is string => id !== null && id !== form.leadUnitId))]
  return {
    caseId,
    caseVersion,
    parentDispatchId,
    signDays: form.signDays,
    handlingDays: form.handlingDays,
    instructions: form.instructions.trim() || null,
    targets: [
      ...(form.leadUnitId ? [{ unitId: form.leadUnitId, role: DispatchRole.LEAD }] : []),
      ...cooperating.map((unitId) => ({ unitId, role: DispatchRole.CO_OPERATE })),
    ],
  }
}

/** A suggested unit as the dispatch dialog uses it. */
export interface Suggestion {
  unitId: string
  role: DispatchRole
}

/**
 * The units the dialog fills in from the server's suggestions (the server offers only units this unit may dispatch
 * to on this hop): the lead and the co-operating units; when replacing a refused unit, one unit of its role other
 * than the refused one.
 */
export function suggestedUnits(suggestions: readonly Suggestion[], replacing: { role: DispatchRole; unitId: string } | null):
  Pick<DispatchForm, 'leadUnitId' | 'cooperating'> {
  const usable = replacing ? suggestions.filter((s) => s.role === replacing.role && s.unitId !== replacing.unitId) : suggestions
  const lead = replacing?.role === DispatchRole.CO_OPERATE ? undefined : usable.find((s) => s.role === DispatchRole.LEAD)
  const cooperating = replacing?.role === DispatchRole.LEAD ? [] : usable.filter((s) => s.role === DispatchRole.CO_OPERATE).map((s) => s.unitId)
  return { leadUnitId: lead?.unitId ?? null, cooperating: replacing ? cooperating.slice(0, 1) : cooperating }
}
