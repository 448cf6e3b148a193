import { describe, expect, it } from 'vitest'
import { splitNames } from '../data'

describe('splitNames', () => {
  it('splits on Chinese and Latin separators, trims and drops blanks and repeats', () => {
    expect(splitNames(' 清河区生态环境局，城市管理局、 , 城市管理局')).toEqual(['清河区生态环境局', '城市管理局'])
    expect(splitNames('')).toEqual([])
  })
})
