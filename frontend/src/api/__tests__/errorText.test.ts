import { describe, expect, it } from 'vitest'
import { ApiError } from '../client'
import { describeError } from '../errorText'

const t = (key: string) => `[${key}]`

describe('describeError', () => {
  it('shows the server message of a classified error', () => {
    expect(describeError(new ApiError('FORBIDDEN', '只有派单单位可以评价'), t)).toBe('只有派单单位可以评价')
  })

  it('falls back to the localised text of the code', () => {
    expect(describeError(new ApiError('NOT_FOUND', ''), t)).toBe('[errors.NOT_FOUND]')
  })

  it('never shows an INTERNAL message', () => {
    expect(describeError(new ApiError('INTERNAL', 'stack trace'), t)).toBe('[errors.INTERNAL]')
  })

  it("asks a rate-limited user to slow down in the user's language", () => {
    expect(describeError(new ApiError('RATE_LIMITED', '请求过于频繁，请 3 秒后重试 (too many requests: retry in 3 s)'), t)).toBe(
      '[errors.RATE_LIMITED]',
    )
  })

  it('asks to retry when the service could not reach its database', () => {
    expect(describeError(new ApiError('UNAVAILABLE', '数据库暂时不可用 (database unavailable)'), t)).toBe('[errors.UNAVAILABLE]')
  })

  it('shows which limit a timed-out request ran into', () => {
    expect(describeError(new ApiError('TIMEOUT', '请求超过 10 秒 (the request ran past 10 s)'), t)).toBe(
      '请求超过 10 秒 (the request ran past 10 s)',
    )
  })

  it('treats any other failure as INTERNAL', () => {
    expect(describeError(new Error('x'), t)).toBe('[errors.INTERNAL]')
  })
})
