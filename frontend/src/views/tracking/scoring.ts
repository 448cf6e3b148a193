/**
 * The arithmetic of follow-up the page previews before the server confirms it (backend: ScoreNormalisation,
 * TemplateValidation): the result is earned ÷ applicable points × 100, rounded half-up to one decimal, absent while an
 * indicator is unscored or when none applies; a template's points sum to exactly 100.
 */
export interface ScoreDraft {
  notApplicable: boolean
  /** earned points as typed (at most one decimal); null when not filled in */
  earned: number | null
}

export const TEMPLATE_TOTAL = 100

/** Tenths of a point as an integer, or null unless the value has at most one decimal. */
export function tenths(value: number): number | null {
  const scaled = Math.round(value * 10)
  return Math.abs(scaled - value * 10) < 1e-9 ? scaled : null
}

/** Is the earned value acceptable for an indicator with these points (0..points, at most one decimal)? */
export function validEarned(earned: number | null, points: number): boolean {
  return earned !== null && Number.isFinite(earned) && earned >= 0 && earned <= points && tenths(earned) !== null
}

/**
 * The normalised result as the server computes it ("87.5"), or null while an indicator is unscored or invalid, or when
 * no indicator applies. Exact: integer tenths, half-up.
 */
export function normalisedResult(indicators: readonly { points: number }[], drafts: readonly ScoreDraft[]): string | null {
  let earnedTenths = 0
  let applicable = 0
  for (let i = 0; i < indicators.length; i++) {
    const points = indicators[i]!.points
    const draft = drafts[i]
    if (draft === undefined) return null
    if (draft.notApplicable) continue
    if (!validEarned(draft.earned, points)) return null
    earnedTenths += tenths(draft.earned as number) as number
    applicable += points
  }
  if (applicable === 0) return null
  // result in tenths = earnedTenths × 100 / applicable, rounded half-up: floor((2x + y) / 2y)
  const x = earnedTenths * 100
  const resultTenths = Math.floor((2 * x + applicable) / (2 * applicable))
  return `${Math.floor(resultTenths / 10)}.${resultTenths % 10}`
}

/** The sum of a template's points (rows with no number count as 0). */
export function templateTotal(rows: readonly { points: number | null | undefined }[]): number {
  return rows.reduce((sum, row) => sum + (Number.isFinite(row.points) ? (row.points as number) : 0), 0)
}

/** A fresh indicator code not used by the rows: the kind's prefix and the next free number. */
export function nextIndicatorCode(prefix: string, rows: readonly { code: string }[]): string {
  const used = new Set(rows.map((r) => r.code))
  for (let n = rows.length + 1; ; n++) {
    const code = `${prefix}${n}`
    if (!used.has(code)) return code
  }
}
