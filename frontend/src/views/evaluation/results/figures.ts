import { FigureKind } from '@/api/generated/graphql'

/**
 * How the results' numbers read, the one rule of the SPA (the backend's FigureFormat writes the letter and the export
 * the same way): a RATE as a percentage with two decimals (0.9607 → 96.07%), a COUNT as a whole number with its unit
 * (27 次), any other figure and all points with two decimals; "—" when absent. Rounding is half-up, as in Java.
 */
type Num = string | number | null | undefined

const NONE = '—'

function present(v: Num): v is string | number {
  return v !== null && v !== undefined && v !== ''
}

/** Half-up to two decimals, safe from binary fractions (12.345 → 12.35, as BigDecimal rounds it). */
function two(n: number): string {
  const scaled = Math.round(Math.abs(n) * 100 + 1e-9) / 100
  return (n < 0 && scaled !== 0 ? '-' : '') + scaled.toFixed(2)
}

/** A number without trailing zeros: "269.00" → 269, "93.10" → 93.1. */
function plain(v: string | number): string {
  return String(Number(v))
}

/** Points with two decimals (7.69, 10.00). */
export function formatPoints(v: Num): string {
  return present(v) ? two(Number(v)) : NONE
}

/** A share already on the hundred scale as a percentage: 40 → 40.00%. */
export function formatShare(v: Num): string {
  return present(v) ? `${two(Number(v))}%` : NONE
}

/** What a figure is and its unit, as the API gives it for a leaf. */
export interface FigureShape {
  figure?: Num
  numerator?: Num
  denominator?: Num
  figureKind?: FigureKind | null
  figureUnit?: string | null
}

/** A figure by its kind, without its fraction: 96.07%, 27 次, 91.90. */
export function formatFigureValue(n: FigureShape): string {
  if (!present(n.figure)) return NONE
  switch (n.figureKind) {
    case FigureKind.RATE:
      return `${two(Number(n.figure) * 100)}%`
    case FigureKind.COUNT:
      return n.figureUnit ? `${plain(n.figure)} ${n.figureUnit}` : plain(n.figure)
    default:
      return two(Number(n.figure))
  }
}

/** A figure with the fraction it was computed from, when it has one: 96.07%（269/280）. */
export function formatFigure(n: FigureShape): string {
  const value = formatFigureValue(n)
  if (!present(n.figure) || !present(n.numerator) || !present(n.denominator)) return value
  return `${value}（${plain(n.numerator)}/${plain(n.denominator)}）`
}

/** A change in points with its sign (+1.20, −3.33, 0.00); "—" when there is nothing to compare. */
export function formatChange(v: Num): string {
  if (!present(v)) return NONE
  const n = Number(v)
  if (n > 0) return `+${two(n)}`
  if (n < 0) return `−${two(-n)}`
  return '0.00'
}
