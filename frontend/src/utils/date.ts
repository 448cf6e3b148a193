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
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/**
 * A moment in Asia/Shanghai as 2026-03-05 09:07, in every language: the one way the case pages, lists and the phone
 * write a time (a date alone is written as people write it, {@link formatLongDate}).
 */
export function formatDateTime(date: Date, locale?: AppLocale): string
export function formatDateTime(date: Date): string {
  const parts = Object.fromEntries(dateTimeParts.formatToParts(date).map((part) => [part.type, part.value]))
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''} ${parts.hour ?? ''}:${parts.minute ?? ''}`
}

/**
 * formatDateTime of an ISO-8601 string; the text itself when it is not a date. A caller may still pass its locale:
 * every language writes a moment the same way.
 */
export function formatIsoDateTime(iso: string | null | undefined, locale?: AppLocale): string
export function formatIsoDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formatDateTime(date)
}

/** formatLongDate of an ISO-8601 string; the text itself when it is not a date. */
export function formatIsoLongDate(iso: string | null | undefined, locale: AppLocale): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : formatLongDate(date, locale)
}
