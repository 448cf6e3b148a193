import { Role } from '@/api/generated/graphql'

/** The target of both the claim rate and the inspection coverage. */
export const TARGET = 1

/**
 * A rate (0..1) as a percentage with one decimal, rounded down so that anything short of the target never
 * reads 100%; "—" when there is nothing to measure.
 */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—'
  return `${(Math.floor(rate * 1000) / 10).toFixed(1)}%`
}

/** The progress bar's percentage (whole, rounded down) of a rate; 0 when there is nothing to measure. */
export function ratePercent(rate: number | null | undefined): number {
  if (rate === null || rate === undefined) return 0
  return Math.min(100, Math.max(0, Math.floor(rate * 100)))
}

/** The colour of a rate: success at the target, warning below it, none when there is nothing to measure. */
export function rateStatus(rate: number | null | undefined): 'success' | 'warning' | undefined {
  if (rate === null || rate === undefined) return undefined
  return rate >= TARGET ? 'success' : 'warning'
}

/** Sorts rates ascending with "nothing to measure" last, so the units furthest from the target come first. */
export function compareRates(a: number | null | undefined, b: number | null | undefined): number {
  const missingA = a === null || a === undefined
  const missingB = b === null || b === undefined
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1
  return a - b
}

/** Statistic rows sorted by one rate, ascending (furthest from the target first) or descending. */
export function sortByRate<R extends { claimRate?: number | null; coverage?: number | null }>(
  rows: readonly R[],
  key: 'claimRate' | 'coverage',
  descending = false,
): R[] {
  return [...rows].sort((x, y) => {
    const order = compareRates(x[key], y[key])
    const bothPresent = x[key] !== null && x[key] !== undefined && y[key] !== null && y[key] !== undefined
    return descending && bothPresent ? -order : order
  })
}

/** The catalogue codes of the chosen entries that a claim (or an unclaim) would change. */
export function changingCodes(entries: readonly { catalogueCode: string; claimed: boolean }[], claim: boolean): string[] {
  return entries.filter((entry) => entry.claimed !== claim).map((entry) => entry.catalogueCode)
}

/** A department claims for its own unit; the establishment office for any unit of its region. */
export function canClaimFor(viewer: { roles: readonly Role[]; unitId: string | null }, unitId: string): boolean {
  if (viewer.roles.includes(Role.ESTABLISHMENT_OFFICE)) return true
  return viewer.roles.includes(Role.DEPARTMENT) && viewer.unitId === unitId
}

export interface InspectionForm {
  itemId: string | null
  /** YYYY-MM-DD */
  date: string | null
  objectCount: number | null
  note: string
}

/** The recordInspection input of a filled form, or the i18n key of what is wrong; `today` is YYYY-MM-DD. */
export function inspectionInput(
  form: InspectionForm,
  today: string,
):
  | { ok: true; input: { itemId: string; date: string; objectCount: number; note: string | null } }
  | { ok: false; problem: string } {
  if (!form.itemId) return { ok: false, problem: 'claims.inspection.itemMissing' }
  if (!form.date) return { ok: false, problem: 'claims.inspection.dateMissing' }
  if (form.date > today) return { ok: false, problem: 'claims.inspection.dateInFuture' }
  if (form.objectCount === null || !Number.isInteger(form.objectCount) || form.objectCount < 1) {
    return { ok: false, problem: 'claims.inspection.objectsMissing' }
  }
  const note = form.note.trim()
  return {
    ok: true,
    input: { itemId: form.itemId, date: form.date, objectCount: form.objectCount, note: note === '' ? null : note },
  }
}
