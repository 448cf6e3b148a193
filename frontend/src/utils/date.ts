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

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A moment in Asia/Shanghai: 2026年3月5日 09:07 in Chinese, 5 Mar 2026 09:07 in English. */
export function formatDateTime(date: Date, locale: AppLocale): string {
  const parts = Object.fromEntries(dateTimeParts.formatToParts(date).map((part) => [part.type, part.value]))
  const year = parts.year ?? ''
  const month = Number(parts.month ?? '0')
  const day = Number(parts.day ?? '0')
  const time = `${parts.hour ?? ''}:${parts.minute ?? ''}`
  if (locale === 'zh-CN') return `${year}年${month}月${day}日 ${time}`
  return `${day} ${EN_MONTHS[month - 1] ?? ''} ${year} ${time}`
}

/** formatDateTime of an ISO-8601 string; the text itself when it is not a date. */
export function formatIsoDateTime(iso: string | null | undefined, locale: AppLocale): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formatDateTime(date, locale)
}
