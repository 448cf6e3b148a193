import { describe, expect, it } from 'vitest'
import { nextIndicatorCode, normalisedResult, templateTotal, validEarned } from '../scoring'

const points = (...p: number[]) => p.map((x) => ({ points: x }))
const earned = (e: number) => ({ notApplicable: false, earned: e })
const skipped = { notApplicable: true, earned: null }

describe('score preview (same arithmetic as ScoreNormalisation)', () => {
  it('is earned ÷ applicable × 100, not-applicable indicators leaving the denominator', () => {
    // the backend test's case: 20 points do not apply, the rest earn half → 40 / 80 = 50.0
    expect(normalisedResult(points(20, 30, 50), [skipped, earned(15), earned(25)])).toBe('50.0')
    expect(normalisedResult(points(60, 40), [earned(60), earned(40)])).toBe('100.0')
    expect(normalisedResult(points(60, 40), [earned(0), earned(0)])).toBe('0.0')
  })

  it('rounds half-up to one decimal exactly', () => {
    // 2 / 3 × 100 = 66.666… → 66.7
    expect(normalisedResult(points(3), [earned(2)])).toBe('66.7')
    // 1 / 8 × 100 = 12.5 exactly; 0.1 / 16 × 100 = 0.625 → 0.6; 0.3 / 16 = 1.875 → 1.9
    expect(normalisedResult(points(8), [earned(1)])).toBe('12.5')
    expect(normalisedResult(points(16), [earned(0.1)])).toBe('0.6')
    expect(normalisedResult(points(16), [earned(0.3)])).toBe('1.9')
    // 0.5 / 40 × 100 = 1.25 → 1.3 (half-up, not banker's)
    expect(normalisedResult(points(40), [earned(0.5)])).toBe('1.3')
    // decimals that binary floats cannot hold: 12.3 + 7.7 = 20 of 25 → 80.0
    expect(normalisedResult(points(15, 10), [earned(12.3), earned(7.7)])).toBe('80.0')
  })

  it('is absent while unscored, invalid, or when nothing applies', () => {
    expect(normalisedResult(points(50, 50), [earned(10)])).toBeNull()
    expect(normalisedResult(points(50, 50), [earned(10), { notApplicable: false, earned: null }])).toBeNull()
    expect(normalisedResult(points(50, 50), [earned(10), earned(51)])).toBeNull()
    expect(normalisedResult(points(50, 50), [earned(10), earned(1.25)])).toBeNull()
    expect(normalisedResult(points(50, 50), [skipped, skipped])).toBeNull()
  })

  it('accepts earned 0..points with one decimal', () => {
    expect(validEarned(0, 10)).toBe(true)
    expect(validEarned(10, 10)).toBe(true)
    expect(validEarned(9.5, 10)).toBe(true)
    expect(validEarned(-0.1, 10)).toBe(false)
    expect(validEarned(10.1, 10)).toBe(false)
    expect(validEarned(9.55, 10)).toBe(false)
    expect(validEarned(null, 10)).toBe(false)
  })
})

describe('template helpers', () => {
  it('totals the points and proposes a free code', () => {
    expect(templateTotal([{ points: 60 }, { points: 40 }])).toBe(100)
    expect(templateTotal([{ points: 60 }, { points: null }])).toBe(60)
    expect(nextIndicatorCode('S', [{ code: 'S1' }, { code: 'S3' }])).toBe('S4')
    expect(nextIndicatorCode('S', [{ code: 'S1' }, { code: 'S2' }])).toBe('S3')
  })
})
