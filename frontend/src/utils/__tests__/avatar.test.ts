import { describe, expect, it } from 'vitest'
import { avatarText } from '../avatar'

describe('avatarText', () => {
  it.each([
    ['刘小军', '小军'],
    ['李 明哲', '明哲'],
    ['王静', '王静'],
    ['hotline system', 'HS'],
    ['  ', ''],
  ])('%s → %s', (name, expected) => {
    expect(avatarText(name)).toBe(expected)
  })
})
