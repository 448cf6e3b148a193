import { describe, expect, it } from 'vitest'
import { ApiError, toApiError } from '../client'
import { schemeErrors } from '../evaluationSchemes'

describe('the errors of a refused scheme', () => {
  it('lists every error of extensions.errors', () => {
    const error = toApiError({
      message: '评估标准有 2 处错误',
      extensions: {
        code: 'VALIDATION',
        field: 'input.indicators[0].points',
        errors: [
          { field: 'input.indicators[0].points', message: '子指标分值之和 99.99 不等于上级指标 A 的分值 100' },
          { field: 'input.indicators[1].rule.cap', message: '封顶分不能为负数' },
        ],
      } as never,
    })
    expect(schemeErrors(error)).toEqual([
      { field: 'input.indicators[0].points', message: '子指标分值之和 99.99 不等于上级指标 A 的分值 100' },
      { field: 'input.indicators[1].rule.cap', message: '封顶分不能为负数' },
    ])
  })

  it('keeps the one error of an ordinary VALIDATION, and nothing of other errors', () => {
    expect(schemeErrors(new ApiError('VALIDATION', '标准名称不能为空', 'input.name'))).toEqual([{ field: 'input.name', message: '标准名称不能为空' }])
    expect(schemeErrors(new ApiError('CONFLICT', '已被修改'))).toEqual([])
    expect(schemeErrors(new Error('x'))).toEqual([])
  })
})
