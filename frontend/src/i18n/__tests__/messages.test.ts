import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { messages, zhCN } from '../messages'
import { SUPPORTED_LOCALES } from '../locale'

function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>()
  if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      for (const [leaf, leafValue] of leaves(value, prefix ? `${prefix}.${key}` : key)) result.set(leaf, leafValue)
    }
  } else {
    result.set(prefix, node)
  }
  return result
}

const reference = leaves(zhCN)
const localesDir = fileURLToPath(new URL('../../locales', import.meta.url))

describe('locale messages', () => {
  it.each(SUPPORTED_LOCALES)('%s has exactly the keys of zh-CN', (locale) => {
    expect([...leaves(messages[locale]).keys()].sort()).toEqual([...reference.keys()].sort())
  })

  it.each(SUPPORTED_LOCALES)('%s has a non-empty text for every key', (locale) => {
    for (const [key, value] of leaves(messages[locale])) {
      expect(typeof value, `${locale} ${key}`).toBe('string')
      expect(String(value).trim(), `${locale} ${key}`).not.toBe('')
    }
  })

  it.each(SUPPORTED_LOCALES)('%s uses the same placeholders as zh-CN', (locale) => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, value] of leaves(messages[locale])) {
      expect(placeholders(value), `${locale} ${key}`).toEqual(placeholders(reference.get(key)))
    }
  })

  it('loads every message file of every locale', () => {
    const namespaces = Object.keys(zhCN).sort()
    for (const locale of SUPPORTED_LOCALES) {
      const files = readdirSync(`${localesDir}/${locale}`).map((file) => file.replace(/\.json$/, ''))
      expect(files.sort(), locale).toEqual(namespaces)
    }
  })

  it('names the product in the zh-CN page title', () => {
    expect(zhCN.common.appTitle).toBe('履职 · 机关职能运行监管平台')
  })
})
