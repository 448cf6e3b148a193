import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { BASE_URL, launchBrowser, phoneContext, screenshot, signInOnKeycloakPage } from './support'

describe('phone: a grid worker signs in on a phone', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('lands in the phone shell with the me card and can browse the organisation', async () => {
    const context = await browser.newContext(phoneContext)
    const page = await context.newPage()
    await page.goto(BASE_URL)

    const submitText = await signInOnKeycloakPage(page, 'wanggeyuan', 'phone-01-keycloak-login')
    expect(submitText).toContain('登录')

    await page.waitForURL((url) => url.pathname === '/m', { timeout: 30_000 })
    const card = page.getByTestId('me-card')
    await card.waitFor({ state: 'visible' })
    expect((await card.getByTestId('me-name').textContent())?.trim()).not.toBe('')
    expect((await card.getByTestId('me-unit').textContent())?.trim()).not.toBe('')
    expect(await card.getByTestId('me-role').allTextContents()).toContain('网格员')
    await screenshot(page, 'phone-02-me')

    await page.getByTestId('tab-units').tap()
    await page.waitForURL((url) => url.pathname === '/m/units')
    await page.getByText('江州市人民政府', { exact: true }).waitFor({ state: 'visible' })
    await screenshot(page, 'phone-03-units')

    // Grid workers have no desktop: a desktop address brings them back to the phone shell.
    await page.goto(`${BASE_URL}/org`)
    await page.waitForURL((url) => url.pathname === '/m')
    await context.close()
  })
})
