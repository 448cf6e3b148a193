/** The UI languages. zh-CN is the default: the users are Chinese civil servants. */
export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'

export const LOCALE_STORAGE_KEY = 'lvzhi.locale'

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/** The locale chosen earlier on this browser, or the default. */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined): AppLocale {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY)
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back silently.
    return DEFAULT_LOCALE
  }
}

export function storeLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: AppLocale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Not persisted; the choice still holds for this page.
  }
}

/** The `ui_locales` value for the Keycloak login page; the realm supports the same codes. */
export function keycloakLocale(locale: AppLocale): string {
  return locale
}
