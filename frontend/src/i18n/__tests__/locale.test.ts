import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, isAppLocale, LOCALE_STORAGE_KEY, readStoredLocale, storeLocale } from '../locale'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  }
}

describe('locale', () => {
  it('defaults to zh-CN', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN')
    expect(readStoredLocale(memoryStorage())).toBe('zh-CN')
    expect(readStoredLocale(undefined)).toBe('zh-CN')
  })

  it('reads back a stored choice', () => {
    const storage = memoryStorage()
    storeLocale(storage, 'en')
    expect(storage.data.get(LOCALE_STORAGE_KEY)).toBe('en')
    expect(readStoredLocale(storage)).toBe('en')
  })

  it('ignores an unsupported stored value', () => {
    expect(readStoredLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'fr' }))).toBe('zh-CN')
  })

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    expect(readStoredLocale(broken)).toBe('zh-CN')
    expect(() => storeLocale(broken, 'en')).not.toThrow()
  })

  it('recognises only the supported locales', () => {
    expect(isAppLocale('zh-CN')).toBe(true)
    expect(isAppLocale('en')).toBe(true)
    expect(isAppLocale('zh')).toBe(false)
    expect(isAppLocale(null)).toBe(false)
  })
})
