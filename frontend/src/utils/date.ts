import type { AppLocale } from '@/i18n/locale'

/** The business time zone (ARCHITECTURE.md: Time). */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai'

const longFormats = new Map<AppLocale, Intl.DateTimeFormat>()

/** A date as people write it: 2026年11月24日 in Chinese, 24 November 2026 in English. */
export function formatLongDate(date: Date, locale: AppLocale): string {
  let format = longFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
      timeZone: BUSINESS_TIME_ZONE,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    })
    longFormats.set(locale, format)
  }
  return format.format(date)
}

const isoParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar date in Asia/Shanghai as YYYY-MM-DD, for tables and inputs. */
export function formatIsoDate(date: Date): string {
  const parts = Object.fromEntries(isoParts.formatToParts(date).map((part) => [part.type, part.value]))
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`
}
