import { createApp, type Component } from 'vue'
import type { AppI18n } from '@/i18n'

/** A questionnaire's anonymous link (/s/<token>) is answered without signing in: the public endpoint needs no token. */
export async function mountPublicSurvey(i18n: AppI18n, pathname: string): Promise<void> {
  const { default: PublicSurvey } = await import('./PublicSurvey.vue')
  createApp(PublicSurvey as Component, { token: decodeURIComponent(pathname.slice(3)) }).use(i18n).mount('#app')
}
