import { ApiError } from './client'

/** Codes whose localised text says all there is to say, whatever the server's message. */
const GENERIC_CODES: ReadonlySet<string> = new Set(['INTERNAL', 'RATE_LIMITED', 'UNAVAILABLE'])

/** Which part of a bilingual server text a reader gets; the locale files say it (`errors.serverTextPart`). */
export type ServerTextPart = 'chinese' | 'english'

/** A server text written “中文 (English)”: the Chinese, then an English gloss in final ASCII parentheses. */
const BILINGUAL = /^([\s\S]*?[\u3400-\u9fff\uff00-\uffef][\s\S]*?)\s*\(([^()\u3400-\u9fff]*(?:\([^()\u3400-\u9fff]*\)[^()\u3400-\u9fff]*)*)\)\s*$/

/**
 * The part of a server text for the reader's language: the backend writes its messages and the notes it records
 * as “中文 (English)” (README: errors), and a Chinese page shows only the Chinese. Text in one language is kept.
 */
export function serverText(text: string, part: ServerTextPart): string {
  const match = BILINGUAL.exec(text)
  if (!match) return text
  return (part === 'english' ? match[2] : match[1])?.trim() ?? text
}

/** serverText in the language of the running UI, given its translation function. */
export function localServerText(text: string, t: (key: string) => string): string {
  return serverText(text, t('errors.serverTextPart') === 'english' ? 'english' : 'chinese')
}

/** The text to show for a failed call: the server's safe message when it has one, else a localised one. */
export function describeError(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError) {
    return !GENERIC_CODES.has(error.code) && error.message !== '' ? localServerText(error.message, t) : t(`errors.${error.code}`)
  }
  return t('errors.INTERNAL')
}
