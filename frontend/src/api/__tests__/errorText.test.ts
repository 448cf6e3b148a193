import { describe, expect, it } from 'vitest'
import { ApiError } from '../client'
import { describeError, serverText } from '../errorText'

const t = (key: string) => (key === 'errors.serverTextPart' ? 'chinese' : `[${key}]`)
const en = (key: string) => (key === 'errors.serverTextPart' ? 'english' : `[${key}]`)

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
    expect(describeError(new ApiError('TIMEOUT', '请求超过 10 秒 (the request ran past 10 s)'), t)).toBe('请求超过 10 秒')
    expect(describeError(new ApiError('TIMEOUT', '请求超过 10 秒 (the request ran past 10 s)'), en)).toBe('the request ran past 10 s')
  })

  it('treats any other failure as INTERNAL', () => {
    expect(describeError(new Error('x'), t)).toBe('[errors.INTERNAL]')
  })

  it('shows the Chinese part of a bilingual message on a Chinese page, the English on an English one', () => {
    const message = '须指定 1 至 10 个承办单位 (1..10 targets)'
    expect(serverText(message, 'chinese')).toBe('须指定 1 至 10 个承办单位')
    expect(serverText(message, 'english')).toBe('1..10 targets')
    expect(serverText('所有承办单位均已退单，进入职责争议协调 (every handler refused)', 'chinese')).toBe('所有承办单位均已退单，进入职责争议协调')
    expect(serverText('表格有 3 处错误 (3 problems; nothing was imported)', 'chinese')).toBe('表格有 3 处错误')
    expect(serverText('名称关键字过长 (at most 100 characters (UTF-16))', 'chinese')).toBe('名称关键字过长')
  })

  it('keeps text in one language, and Chinese parentheses, as they are', () => {
    expect(serverText('已到现场核查（建设路）', 'chinese')).toBe('已到现场核查（建设路）')
    expect(serverText('only English (really)', 'chinese')).toBe('only English (really)')
    expect(serverText('办结 (JZ-QH-D10 生态环境局)', 'chinese')).toBe('办结 (JZ-QH-D10 生态环境局)')
  })
})
