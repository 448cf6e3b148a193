import { createApp, type Component } from 'vue'
import { createPinia } from 'pinia'
import type Keycloak from 'keycloak-js'
import App from './App.vue'
import BootFailure from './views/boot/BootFailure.vue'
import { ApiError, configureApi } from './api'
import { fetchMe, type Me } from './api/org'
import { setSignOut } from './auth'
import { forgetProfile, offlineProfile, rememberProfile } from './auth/offlineProfile'
import { fetchClientConfig, type ClientConfig } from './auth/clientConfig'
import { signIn, signOut } from './auth/keycloak'
import { createSession } from './auth/session'
import { createAppI18n, type AppI18n } from './i18n'
import { applyDocumentLocale } from './i18n/document'
import { DEFAULT_LOCALE, isAppLocale, keycloakLocale, readStoredLocale } from './i18n/locale'
import { createAppRouter } from './router'
import { useSessionStore } from './stores/session'

interface FailureProps {
  messageKey: string
  message?: string
  signedIn: boolean
}

/** A page that runs without the app shell (the start-up failure, a questionnaire's anonymous link). */
function mountAlone(i18n: AppI18n, page: Component, props: Record<string, unknown>): void {
  createApp(page, props).use(i18n).mount('#app')
}

function mountFailure(i18n: AppI18n, props: FailureProps): void {
  mountAlone(i18n, BootFailure as Component, { ...props })
}

function failureFor(error: unknown): FailureProps {
  if (!(error instanceof ApiError)) return { messageKey: 'errors.meFailed', signedIn: true }
  return {
    messageKey: `errors.${error.code}`,
    ...(error.message !== '' ? { message: error.message } : {}),
    signedIn: true,
  }
}

/** Start-up: configuration → Keycloak sign-in → the user record → the app. */
async function bootstrap(): Promise<void> {
  const i18n = createAppI18n(readStoredLocale(window.localStorage))
  const currentLocale = (): string => {
    const value = i18n.global.locale.value
    return keycloakLocale(isAppLocale(value) ? value : DEFAULT_LOCALE)
  }
  applyDocumentLocale(readStoredLocale(window.localStorage), i18n.global.t('common.appTitle'))
  if (window.location.pathname.startsWith('/s/')) {
    // A questionnaire's anonymous link is answered without signing in (the public endpoint needs no token).
    const { default: PublicSurvey } = await import('./views/evaluation/surveys/PublicSurvey.vue')
    mountAlone(i18n, PublicSurvey as Component, { token: decodeURIComponent(window.location.pathname.slice(3)) })
    return
  }

  let config: ClientConfig
  try {
    config = await fetchClientConfig()
  } catch {
    const remembered = offlineProfile(window.localStorage, window.location.pathname, window.innerWidth)
    if (remembered) await startOffline(i18n, remembered)
    else mountFailure(i18n, { messageKey: 'errors.configFailed', signedIn: false })
    return
  }

  let keycloak: Keycloak
  try {
    // Resolves only once signed in; until then the browser is on the Keycloak login page.
    keycloak = await signIn(config, currentLocale())
  } catch {
    mountFailure(i18n, { messageKey: 'errors.authFailed', signedIn: false })
    return
  }

  const session = createSession(keycloak, currentLocale)
  keycloak.onTokenExpired = () => {
    session.getToken().catch(() => undefined)
  }
  session.startRefresh()
  configureApi({ getToken: session.getToken, onUnauthenticated: session.relogin })
  setSignOut(() => {
    forgetProfile(window.localStorage)
    return signOut(keycloak)
  })

  let me: Me
  try {
    me = await fetchMe()
  } catch (error) {
    // UNAUTHENTICATED has already sent the browser to the login page.
    if (!(error instanceof ApiError && error.code === 'UNAUTHENTICATED')) mountFailure(i18n, failureFor(error))
    return
  }

  rememberProfile(window.localStorage, me)
  await mountApp(i18n, me, false)
}

async function mountApp(i18n: AppI18n, me: Me, offline: boolean): Promise<void> {
  const pinia = createPinia()
  const app = createApp(App).use(pinia).use(i18n)
  const sessionStore = useSessionStore(pinia)
  sessionStore.setMe(me)
  sessionStore.offline = offline
  const router = createAppRouter(() => sessionStore.roles)
  app.use(router)
  await router.isReady()
  app.mount('#app')
}

/**
 * No network at start (the service worker gave the app): the phone app opens as its user last signed in, with
 * nothing reaching the server, so reports go to the outbox. Back online, a reload signs in again (Keycloak) and the
 * pages send what waited.
 */
async function startOffline(i18n: AppI18n, me: Me): Promise<void> {
  configureApi({
    getToken: () => Promise.resolve(''),
    onUnauthenticated: () => undefined,
    fetch: () => Promise.reject(new TypeError('offline')),
  })
  window.addEventListener('online', () => window.location.reload(), { once: true })
  await mountApp(i18n, me, true)
}

void bootstrap()
