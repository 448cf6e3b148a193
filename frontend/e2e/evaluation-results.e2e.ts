import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, screenshot, signInOnKeycloakPage } from './support'

/**
 * Runs against the demo data: the published quarterly round of 清河区 (the last complete quarter, whose period the demo
 * case history covers), in which 清河区生态环境局 (JZ-QH-D10, the demo DEPARTMENT user huanjing) lost points on 办件满意率,
 * a computed indicator whose figure has the ratings of demo cases behind it, each naming its case code.
 */
describe('评估结果: a department opens its published score and drills from a deduction down to the cases', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('opens 履职评估 → 评估结果, picks the published quarterly round, its own breakdown, and the cases behind a deducted computed figure', async () => {
    const context = await browser.newContext(desktopContext)
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/`)
    await signInOnKeycloakPage(page, 'huanjing', 'evaluation-results-01-keycloak-login')

    await page.locator('.el-menu-item', { hasText: '履职评估' }).click()
    await page.waitForURL(/\/evaluation$/, { timeout: 15_000 })
    await page.getByRole('heading', { name: '评估结果', exact: true }).click()
    await page.waitForURL(/\/evaluation\/results/, { timeout: 15_000 })

    await page.getByTestId('round-select').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '季度' }).filter({ hasText: '已公布' }).first().click()
    const table = page.getByTestId('results-table')
    const own = table.getByTestId('result-unit-link').filter({ hasText: /^清河区生态环境局$/ })
    await expect.poll(() => own.count(), { timeout: 15_000 }).toBe(1)
    // published: no provisional banner, and the other units of the region are listed too
    expect(await page.getByTestId('results-provisional').count()).toBe(0)
    expect(await table.getByTestId('result-unit-link').count()).toBeGreaterThan(1)
    await screenshot(page, 'evaluation-results-02-round')

    await own.click()
    await page.waitForURL(/\/evaluation\/results\/\d+\/units\/\d+/, { timeout: 15_000 })
    await expect.poll(async () => ((await page.getByTestId('unit-total').textContent()) ?? '').trim(), { timeout: 15_000 })
      .toMatch(/^\d+\.\d{2}$/)
    // the status and the change against last year's round are never blank (a value, or why there is none)
    expect(((await page.getByTestId('unit-status').textContent()) ?? '').trim()).toBe('已公布')
    expect(((await page.getByTestId('unit-change').textContent()) ?? '').trim())
      .toMatch(/^(?:[+−]\d+\.\d{2}|0\.00)\s*\d+ 项可比指标$|^(?:无可比上轮|上轮未参评|上轮结果未公布|无同口径可比指标)$/)
    const deducted = page.locator('[data-testid="breakdown-table"] tr.is-deducted.is-computed', { hasText: '办件满意率' })
    await expect.poll(() => deducted.count(), { timeout: 15_000 }).toBe(1)
    expect(await deducted.first().textContent()).toMatch(/失 \d+\.\d{2} 分/)
    // a rate reads as a percentage with two decimals and the fraction behind it, e.g. 96.07%（269/280）
    const figure = ((await deducted.first().getByTestId('figure-link').textContent()) ?? '').trim()
    expect(figure).toMatch(/^\d{1,3}\.\d{2}%（\d+\/\d+）$/)
    await screenshot(page, 'evaluation-results-03-breakdown')

    await deducted.first().getByTestId('figure-link').click()
    const evidence = page.getByTestId('evidence-table')
    await evidence.waitFor({ state: 'visible', timeout: 15_000 })
    const caseLink = evidence.getByTestId('evidence-case-link').first()
    await caseLink.waitFor({ state: 'visible', timeout: 15_000 })
    const code = ((await caseLink.textContent()) ?? '').trim()
    expect(code.length).toBeGreaterThan(0)
    expect(await page.getByTestId('evidence-summary').textContent()).toContain(figure)
    await screenshot(page, 'evaluation-results-04-evidence')

    await caseLink.click()
    await page.waitForURL(/\/cases\/\d+$/, { timeout: 15_000 })
    const detail = page.getByTestId('case-detail')
    await expect.poll(async () => (await detail.textContent()) ?? '', { timeout: 15_000 }).toContain(code)
    await screenshot(page, 'evaluation-results-05-case')
    await context.close()
  })
})
