import { describe, expect, it } from 'vitest'
import { ApiError } from '../client'
import { MAX_SHEET_BYTES, cellErrorsOf, sheetErrorSummary, sheetFileProblem } from '../sheetUpload'

describe('sheetFileProblem', () => {
  it('accepts a non-empty .xlsx up to 5 MB and names what is wrong otherwise', () => {
    expect(sheetFileProblem({ name: '事项.XLSX', size: 10 })).toBeNull()
    expect(sheetFileProblem({ name: 'a.xlsx', size: MAX_SHEET_BYTES })).toBeNull()
    expect(sheetFileProblem({ name: 'a.xls', size: 10 })).toBe('onlyXlsx')
    expect(sheetFileProblem({ name: 'a.csv', size: 10 })).toBe('onlyXlsx')
    expect(sheetFileProblem({ name: 'a.xlsx', size: 0 })).toBe('empty')
    expect(sheetFileProblem({ name: 'a.xlsx', size: MAX_SHEET_BYTES + 1 })).toBe('tooLarge')
  })
})

describe('cellErrorsOf', () => {
  const body = {
    message: '发现 2 处错误，未导入任何数据',
    errors: [
      { row: 3, column: '批复日期', message: '日期无效', extensions: { code: 'VALIDATION', field: '批复日期' } },
      { row: 4, column: null, message: '整行错误', extensions: { code: 'VALIDATION' } },
      { message: 'no row', extensions: { code: 'VALIDATION' } },
    ],
  }

  it('reads every bad cell of a refused sheet', () => {
    const e = new ApiError('VALIDATION', '日期无效', '批复日期', body)
    expect(cellErrorsOf(e)).toEqual([
      { row: 3, column: '批复日期', message: '日期无效' },
      { row: 4, column: null, message: '整行错误' },
    ])
    expect(sheetErrorSummary(e)).toBe('发现 2 处错误，未导入任何数据')
  })

  it('gives nothing for other errors', () => {
    expect(cellErrorsOf(new ApiError('FORBIDDEN', '只有本辖区编办', undefined, body))).toEqual([])
    expect(cellErrorsOf(new ApiError('VALIDATION', '不是有效的 Excel', 'file'))).toEqual([])
    expect(cellErrorsOf(new Error('x'))).toEqual([])
    expect(sheetErrorSummary(new ApiError('VALIDATION', 'x'))).toBeNull()
  })
})
