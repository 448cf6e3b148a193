import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { BASE_URL, launchBrowser, phoneContext, PHOTO, screenshot, signInOnKeycloakPage } from './support'

/** The narrowest phone the case page is written for. */
const NARROW_PHONE = { ...phoneContext, viewport: { width: 375, height: 812 }, serviceWorkers: 'allow' as const }

/**
 * No network: the page goes offline, and an API request, which the service worker never answers from a cache
 * (API calls are network-only), fails.
 */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true)
  expect(await page.evaluate(() => fetch('/api/client-config').then(() => 'reached', () => 'failed'))).toBe('failed')
}

/** The reports waiting in the phone's IndexedDB outbox: title and whether each photo is a Blob. */
function outbox(page: Page): Promise<{ title: string; blobs: boolean[] }[]> {
  return page.evaluate(
    () =>
      new Promise<{ title: string; blobs: boolean[] }[]>((resolve, reject) => {
        const open = indexedDB.open('lvzhi-phone')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction('caseOutbox').objectStore('caseOutbox').getAll()
          all.onerror = () => reject(all.error)
          all.onsuccess = () => {
            const rows = all.result as { input: { title: string }; photos: unknown[] }[]
            resolve(rows.map((r) => ({ title: r.input.title, blobs: r.photos.map((p) => p instanceof Blob) })))
            open.result.close()
          }
        }
      }),
  )
}

describe('phone offline: the app opens with no network, a report waits in IndexedDB and is sent once back online', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('opens offline, queues a report with a photo, sends it when online, and shows it in the phone case page', async () => {
    const title = `共享单车堆放占道E2E${Date.now()}`
    const context = await browser.newContext(NARROW_PHONE)
    const page = await context.newPage()

    // 1. Online once: sign in; the service worker installs and precaches the app.
    await page.goto(`${BASE_URL}/m/cases`)
    await signInOnKeycloakPage(page, 'wanggeyuan', 'offline-01-keycloak-login')
    await page.getByTestId('tab-cases').waitFor({ state: 'visible' })
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })
    const manifest = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(manifest).toBe('/manifest.webmanifest')

    // 2. No network, reload: the app shell still opens, as this user, and says it is offline.
    await goOffline(context, page)
    await page.reload()
    await page.getByTestId('offline-banner').waitFor({ state: 'visible', timeout: 30_000 })
    await page.getByTestId('tab-cases').waitFor({ state: 'visible' })
    await screenshot(page, 'offline-02-shell')

    // 3. A report with a photo, written offline, waits on the phone (IndexedDB, the photo as a Blob), through a reload.
    await page.getByTestId('new-report').tap()
    await page.waitForURL((url) => url.pathname === '/m/cases/new')
    await page.getByTestId('free-category').locator('input').fill('占道堆放')
    await page.getByTestId('case-title').locator('input').fill(title)
    await page.getByTestId('case-description').locator('textarea').fill('清河路公交站旁共享单车大量堆放，占用盲道和人行道。')
    await page.getByTestId('case-address').locator('input').fill('清河街道清河路公交站')
    await page.locator('.van-uploader__input').setInputFiles(PHOTO)
    await page.locator('.van-uploader__preview').first().waitFor({ state: 'visible' })
    await page.getByTestId('submit-report').tap()
    await page.getByTestId('outbox-notice').waitFor({ state: 'visible', timeout: 15_000 })
    expect(await outbox(page)).toEqual([{ title, blobs: [true] }])
    await page.reload()
    await page.getByTestId('outbox-notice').waitFor({ state: 'visible', timeout: 30_000 })
    await screenshot(page, 'offline-03-waiting')

    // 4. Back online: the app signs in again by itself and the outbox is sent.
    await context.setOffline(false)
    await page.getByTestId('offline-banner').waitFor({ state: 'hidden', timeout: 60_000 })
    await page.getByTestId('outbox-notice').waitFor({ state: 'hidden', timeout: 60_000 })
    await expect.poll(() => outbox(page), { timeout: 15_000 }).toEqual([])

    // 5. 我的上报 lists it; its page shows the state, the photo (tap to enlarge) and the timeline, within 375 px.
    await page.getByTestId('tab-cases').tap()
    const row = page.getByTestId('my-case').filter({ hasText: title })
    await row.waitFor({ state: 'visible', timeout: 15_000 })
    await row.tap()
    await page.waitForURL(/\/m\/cases\/\d+$/)
    await page.getByTestId('phone-case').waitFor({ state: 'visible' })
    expect((await page.getByTestId('case-title').textContent())?.trim()).toBe(title)
    expect((await page.getByTestId('case-status').textContent())?.trim()).toBe('已上报')
    const thumbnail = page.getByTestId('phone-photos').locator('img').first()
    await thumbnail.waitFor({ state: 'visible', timeout: 15_000 })
    expect(await page.getByTestId('case-timeline').textContent()).toContain('上报')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await screenshot(page, 'offline-04-case')
    await thumbnail.tap()
    await page.locator('.van-image-preview').waitFor({ state: 'visible' })
    await screenshot(page, 'offline-05-photo')
    await context.close()
  }, 300_000)
})
