import type { BasisItem, BasisSuggestion } from '@/api/caseBasis'
import { CaseStatus, DispatchStatus } from '@/api/generated/graphql'
import { actingUnit, type CaseViewer } from '../actions'

/** One entry of the basis picker: an item, whether it is suggested (and why), in the order the picker lists them. */
export interface BasisOption {
  id: string
  label: string
  suggested: boolean
  reasons: string[]
}

/** 「QH-D10-QL-0009 对噪声……的处罚」: an item as the picker and the case page name it. */
export function itemLabel(item: { code: string; name: string }): string {
  return `${item.code} ${item.name}`
}

/**
 * The picker's entries: the suggestions first, best first, then every other item the hop may name, by code; a
 * suggestion is listed once.
 */
export function basisOptions(suggestions: readonly BasisSuggestion[], items: readonly BasisItem[]): BasisOption[] {
  const suggested = [...suggestions].sort((a, b) => a.rank - b.rank)
  const ids = new Set(suggested.map((s) => s.item.id))
  return [
    ...suggested.map((s) => ({ id: s.item.id, label: itemLabel(s.item), suggested: true, reasons: s.reasons })),
    ...[...items]
      .filter((i) => !ids.has(i.id))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((i) => ({ id: i.id, label: itemLabel(i), suggested: false, reasons: [] })),
  ]
}

/** The 监管责任 of the chosen item to pick from (none when no item is chosen). */
export function dutiesOf(itemId: string | null, suggestions: readonly BasisSuggestion[], items: readonly BasisItem[]): string[] {
  if (!itemId) return []
  const item = items.find((i) => i.id === itemId) ?? suggestions.find((s) => s.item.id === itemId)?.item
  return (item?.details.power?.supervisionDuties ?? []).filter((d): d is string => d !== null)
}

/** The basis as sent: the item and its duty, or null when no item is chosen. */
export function basisInput(itemId: string | null, duty: string | null): { powerItemId: string; supervisionDuty: string | null } | null {
  return itemId ? { powerItemId: itemId, supervisionDuty: duty || null } : null
}

/**
 * May the viewer name or change this hop's basis: it handles the hop (its unit or office receives it), the hop is in
 * hand (signed, replied or rated, not closed unfinished) and the case is not closed or cancelled.
 */
export function canNameBasis(viewer: CaseViewer, dispatch: { toUnitId: string; status: DispatchStatus; closedAt?: string | null },
  caseStatus: CaseStatus): boolean {
  const me = actingUnit(viewer)
  if (me === null || dispatch.toUnitId !== me || dispatch.closedAt) return false
  if (caseStatus === CaseStatus.CLOSED || caseStatus === CaseStatus.CANCELLED) return false
  return IN_HAND.includes(dispatch.status)
}

const IN_HAND: readonly DispatchStatus[] = [DispatchStatus.SIGNED, DispatchStatus.REPLIED, DispatchStatus.RATED]
