import { ApiError } from './client'

/** The text to show for a failed call: the server's safe message when it has one, else a localised one. */
export function describeError(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError) {
    return error.code !== 'INTERNAL' && error.message !== '' ? error.message : t(`errors.${error.code}`)
  }
  return t('errors.INTERNAL')
}
