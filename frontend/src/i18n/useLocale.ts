import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { DEFAULT_LOCALE, isAppLocale, storeLocale, SUPPORTED_LOCALES, type AppLocale } from './locale'

/** The current UI language and how to change it (persisted in localStorage). */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' })
  const current = computed<AppLocale>(() => (isAppLocale(locale.value) ? locale.value : DEFAULT_LOCALE))
  function setLocale(next: AppLocale): void {
    locale.value = next
    storeLocale(window.localStorage, next)
  }
  return { locale: current, setLocale, locales: SUPPORTED_LOCALES }
}
