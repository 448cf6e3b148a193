import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

/** The running stack (backend serving the SPA); `make run` starts it on port 8080. Set BASE_URL to change it. */
export const BASE_URL = (process.env.LVZHI_E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')

export const DEMO_PASSWORD = process.env.LVZHI_DEMO_PASSWORD ?? 'lvzhi2026'

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url))

/** Debian's Chromium, never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export const desktopContext: BrowserContextOptions = {
  viewport: { width: 1366, height: 800 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}

export const phoneContext: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}

/** A small PNG picture (8×8, red), as a phone's camera would hand over a file. */
export const PHOTO = {
  name: '现场照片.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP4z8CAFWEXHbQSACj/P8Fu7N9hAAAAAElFTkSuQmCC',
    'base64',
  ),
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true })
}

/** Waits for the Keycloak login page the app redirects to, checks it is in Chinese, and signs in. */
export async function signInOnKeycloakPage(page: Page, username: string, shotName: string): Promise<string> {
  await page.waitForURL(/\/realms\/lvzhi\/protocol\/openid-connect\/auth/, { timeout: 30_000 })
  const submit = page.locator('#kc-login')
  await submit.waitFor({ state: 'visible' })
  const submitText = ((await submit.textContent()) ?? '') + ((await submit.getAttribute('value')) ?? '')
  await screenshot(page, shotName)
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(DEMO_PASSWORD)
  await submit.click()
  // Back in the app once Keycloak has redirected and keycloak-js has exchanged the code.
  await page.waitForURL((url) => url.href.startsWith(BASE_URL) && !url.hash.includes('code='), { timeout: 30_000 })
  return submitText
}
