import { describe, expect, it } from 'vitest'
import { formatDateTime, formatIsoDateTime } from '../date'

describe('date and time', () => {
  it('writes Chinese moments as YYYY年M月D日 HH:mm in Asia/Shanghai', () => {
    expect(formatDateTime(new Date('2026-03-04T17:07:00Z'), 'zh-CN')).toBe('2026年3月5日 01:07')
    expect(formatDateTime(new Date('2026-11-23T12:30:00+08:00'), 'zh-CN')).toBe('2026年11月23日 12:30')
  })

  it('writes English moments day-first with a 24-hour clock', () => {
    expect(formatDateTime(new Date('2026-03-04T17:07:00Z'), 'en')).toBe('5 Mar 2026 01:07')
  })

  it('formats ISO strings and leaves other text alone', () => {
    expect(formatIsoDateTime('2026-01-05T00:00:00+08:00', 'zh-CN')).toBe('2026年1月5日 00:00')
    expect(formatIsoDateTime(null, 'zh-CN')).toBe('')
    expect(formatIsoDateTime('soon', 'zh-CN')).toBe('soon')
  })
})
