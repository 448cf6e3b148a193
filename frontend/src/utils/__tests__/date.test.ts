import { describe, expect, it } from 'vitest'
import { formatIsoDate, formatLongDate } from '../date'

// 2026-11-23 20:30 UTC is already 24 November in Shanghai (UTC+8).
const lateEveningUtc = new Date('2026-11-23T20:30:00Z')

describe('dates', () => {
  it('writes Chinese dates as 年月日 in Asia/Shanghai', () => {
    expect(formatLongDate(lateEveningUtc, 'zh-CN')).toBe('2026年11月24日')
  })

  it('writes English dates day-first', () => {
    expect(formatLongDate(lateEveningUtc, 'en')).toBe('24 November 2026')
  })

  it('writes ISO dates as YYYY-MM-DD in Asia/Shanghai', () => {
    expect(formatIsoDate(lateEveningUtc)).toBe('2026-11-24')
    expect(formatIsoDate(new Date('2026-01-05T00:00:00+08:00'))).toBe('2026-01-05')
  })
})
