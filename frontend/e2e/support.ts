import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core'

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

/** A token of a demo user through the local CLI client (password grant), from the Keycloak the app names. */
export async function apiToken(username: string): Promise<string> {
  const config = (await (await fetch(`${BASE_URL}/api/client-config`)).json()) as { authServerUrl: string; realm: string }
  const base = config.authServerUrl.replace(/\/$/, '')
  const url = base.includes('/realms/') ? `${base}/protocol/openid-connect/token` : `${base}/realms/${config.realm}/protocol/openid-connect/token`
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'lvzhi-cli', username, password: DEMO_PASSWORD }),
  })
  if (response.status !== 200) throw new Error(`no token for ${username}: HTTP ${response.status}`)
  return ((await response.json()) as { access_token: string }).access_token
}

/** One GraphQL call as a demo user; throws on any error, so the calling test fails. */
export async function gqlAs<T>(username: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await apiToken(username)}` },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as { data: T; errors?: unknown[] }
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`)
  return body.data
}

/** Signs in on the desktop as this demo user and opens the page at `path` (downloads allowed). */
export async function openDesktopAs(browser: Browser, username: string, path: string, shotName: string): Promise<Page> {
  const context = await browser.newContext({ ...desktopContext, acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(`${BASE_URL}${path}`)
  await signInOnKeycloakPage(page, username, shotName)
  await page.getByTestId('user-display-name').waitFor({ state: 'visible' })
  return page
}

const pending = new WeakMap<Page, () => number>()

/** The live notification stream stays open as long as the page does: it is never "in flight" work of a page. */
const LONG_LIVED = '/api/notifications/stream'

/** Counts the page's requests in flight, the long-lived stream aside (Playwright's networkidle would wait for it). */
export function trackRequests(page: Page): () => number {
  const inFlight = new Set<Request>()
  page.on('request', (r) => {
    if (!r.url().includes(LONG_LIVED)) inFlight.add(r)
  })
  page.on('requestfinished', (r) => inFlight.delete(r))
  page.on('requestfailed', (r) => inFlight.delete(r))
  const count = () => inFlight.size
  pending.set(page, count)
  return count
}

/** Until no request of a tracked page has been in flight for half a second (at most 20 s). */
export async function networkQuiet(page: Page): Promise<void> {
  const inFlight = pending.get(page) ?? (() => 0)
  const deadline = Date.now() + 20_000
  let quietSince = Date.now()
  while (Date.now() < deadline) {
    if (inFlight() > 0) quietSince = Date.now()
    else if (Date.now() - quietSince >= 500) return
    await page.waitForTimeout(100)
  }
}
