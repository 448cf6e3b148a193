import { describe, expect, it } from 'vitest'
import { formatDateTime, formatIsoDateTime, formatIsoLongDate } from '../date'

describe('date and time', () => {
  it('writes moments as YYYY-MM-DD HH:mm in Asia/Shanghai, in every language', () => {
    expect(formatDateTime(new Date('2026-03-04T17:07:00Z'))).toBe('2026-03-05 01:07')
    expect(formatDateTime(new Date('2026-11-23T12:30:00+08:00'))).toBe('2026-11-23 12:30')
    expect(formatDateTime(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00')
  })

  it('formats ISO strings and leaves other text alone', () => {
    expect(formatIsoDateTime('2026-01-05T00:00:00+08:00')).toBe('2026-01-05 00:00')
    expect(formatIsoDateTime('2026-12-31T23:59:00+08:00')).toBe('2026-12-31 23:59')
    expect(formatIsoDateTime(null)).toBe('')
    expect(formatIsoDateTime('soon')).toBe('soon')
  })

  it('writes a date alone as people write it', () => {
    expect(formatIsoLongDate('2026-12-04T17:00:00Z', 'zh-CN')).toBe('2026年12月5日')
    expect(formatIsoLongDate('2026-12-04T17:00:00Z', 'en')).toBe('5 December 2026')
    expect(formatIsoLongDate(undefined, 'zh-CN')).toBe('')
  })
})
