import { ComparisonDifference, ComparisonKind, Role } from '@/api/generated/graphql'

/** The differences each kind of report can hold, in the order the report page shows them. */
export const DIFFERENCES_BY_KIND: Record<ComparisonKind, readonly ComparisonDifference[]> = {
  [ComparisonKind.CROSS_LEVEL]: [
    ComparisonDifference.MISSING,
    ComparisonDifference.EXTRA,
    ComparisonDifference.TYPE_DIFFERS,
    ComparisonDifference.LEVEL_DIFFERS,
  ],
  [ComparisonKind.FUSION]: [
    ComparisonDifference.NO_POWER_ITEM,
    ComparisonDifference.NO_SERVICE_ITEM,
    ComparisonDifference.LEVEL_DIFFERS,
  ],
}

export interface DifferenceCount {
  difference: ComparisonDifference
  count: number
}

/** Rows per difference of a report, every difference of its kind listed (zero included), in display order. */
export function differenceCounts(
  kind: ComparisonKind,
  rows: readonly { difference: ComparisonDifference }[],
): DifferenceCount[] {
  return DIFFERENCES_BY_KIND[kind].map((difference) => ({
    difference,
    count: rows.filter((row) => row.difference === difference).length,
  }))
}

/** The rows of one difference, or all rows when none is chosen. */
export function rowsOf<R extends { difference: ComparisonDifference }>(
  rows: readonly R[],
  difference: ComparisonDifference | null,
): R[] {
  return difference === null ? [...rows] : rows.filter((row) => row.difference === difference)
}

/** What a report compared: "county ↔ city" for 上下联动, the department or region for 两单融合. */
export function reportScope(report: {
  subjectUnit: { name: string }
  referenceUnit?: { name: string } | null
}): string {
  return report.referenceUnit ? `${report.subjectUnit.name} ↔ ${report.referenceUnit.name}` : report.subjectUnit.name
}

/** i18n keys of the two value columns and of the matching key column of a report. */
export function columnKeys(kind: ComparisonKind): { key: string; subject: string; reference: string } {
  return kind === ComparisonKind.FUSION
    ? {
        key: 'comparisons.columns.powerCode',
        subject: 'comparisons.columns.serviceSide',
        reference: 'comparisons.columns.powerSide',
      }
    : {
        key: 'comparisons.columns.catalogueCode',
        subject: 'comparisons.columns.countySide',
        reference: 'comparisons.columns.citySide',
      }
}

/** Only the establishment office runs comparisons (the backend refuses everyone else). */
export function canRunComparisons(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

/** The input of a new comparison, or the i18n key of what is missing. */
export function runRequest(
  kind: ComparisonKind,
  subjectUnitId: string | null,
  referenceUnitId: string | null,
):
  | { ok: true; kind: ComparisonKind; subjectUnitId: string; referenceUnitId: string | null }
  | { ok: false; missing: string } {
  if (!subjectUnitId) return { ok: false, missing: 'comparisons.run.subjectMissing' }
  if (kind === ComparisonKind.FUSION) return { ok: true, kind, subjectUnitId, referenceUnitId: null }
  if (!referenceUnitId) return { ok: false, missing: 'comparisons.run.referenceMissing' }
  if (referenceUnitId === subjectUnitId) return { ok: false, missing: 'comparisons.run.sameUnit' }
  return { ok: true, kind, subjectUnitId, referenceUnitId }
}
