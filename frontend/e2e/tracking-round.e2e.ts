import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, screenshot, signInOnKeycloakPage } from './support'

const STEPS = ['部署安排', '调查摸底', '自评自查', '现场核查', '综合评定', '情况反馈', '督促整改']

describe('跟踪问效: the establishment office walks a round through the seven steps', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('plans a round (the 6–12-month rule proposes its matters) and moves it from 部署安排 to 督促整改, each step dated', async () => {
    const context = await browser.newContext(desktopContext)
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/tracking`)
    await signInOnKeycloakPage(page, 'bianban', 'tracking-01-keycloak-login')
    await page.getByTestId('plan-open').click()
    const dialog = page.getByTestId('plan-dialog')
    const name = `E2E问效批次${Date.now()}`
    await dialog.getByTestId('plan-name').fill(name)
    // plan date 2026-10-15: matters approved 2025-10-15 … 2026-04-15 are in scope (the demo has three)
    const date = dialog.locator('.el-date-editor input')
    await date.fill('2026-10-15')
    await date.press('Enter')
    await dialog.getByTestId('plan-confirm').click()
    await dialog.waitFor({ state: 'hidden' })

    const matters = page.getByTestId('round-matters')
    await expect.poll(async () => (await matters.textContent()) ?? '', { timeout: 15_000 }).toContain('清编〔2026〕2号')
    expect(await matters.textContent()).not.toContain('清编〔2026〕9号') // approved 2026-04-20: less than 6 months before

    const steps = page.getByTestId('round-steps')
    for (let done = 1; done < STEPS.length; done++) {
      await page.getByTestId('advance-step').click()
      await expect.poll(() => steps.locator('.el-step__head.is-success').count(), { timeout: 15_000 }).toBe(done)
    }
    expect(await page.getByTestId('advance-step').count()).toBe(0)
    const titles = await steps.locator('.el-step__title').allTextContents()
    expect(titles.map((t) => t.trim())).toEqual(STEPS)
    const dates = await steps.locator('.el-step__description').allTextContents()
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.trim())), dates.join(',')).toBe(true)
    await screenshot(page, 'tracking-02-seven-steps')
    await context.close()
  })
})
