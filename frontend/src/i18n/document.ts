import type { AppLocale } from './locale'

/** Keeps <html lang> and the page title in step with the UI language. */
export function applyDocumentLocale(locale: AppLocale, title: string): void {
  document.documentElement.lang = locale
  document.title = title
}
