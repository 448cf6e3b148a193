import { registerSW } from 'virtual:pwa-register'
import type { Router } from 'vue-router'

let registered = false

/**
 * Registers the phone app's service worker (vite-plugin-pwa's Workbox precache), once, from the phone shell: after
 * that the app opens with no network. A newer version takes over in the background; the page reloads into it at
 * the next navigation, never under a half-written report.
 */
export function registerPhoneApp(router: Router): void {
  if (registered || !('serviceWorker' in navigator)) return
  registered = true
  let reloadDue = false
  router.afterEach(() => {
    if (reloadDue) window.location.reload()
  })
  registerSW({
    immediate: true,
    onNeedReload: () => {
      reloadDue = true
    },
  })
}
