import { ApiError } from './client'

/** Codes whose localised text says all there is to say, whatever the server's message. */
const GENERIC_CODES: ReadonlySet<string> = new Set(['INTERNAL', 'RATE_LIMITED', 'UNAVAILABLE'])

/** The text to show for a failed call: the server's safe message when it has one, else a localised one. */
export function describeError(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError) {
    return !GENERIC_CODES.has(error.code) && error.message !== '' ? error.message : t(`errors.${error.code}`)
  }
  return t('errors.INTERNAL')
}
