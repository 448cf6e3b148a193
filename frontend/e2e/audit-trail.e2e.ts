import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, screenshot, signInOnKeycloakPage } from './support'

describe('审计追溯 and 证据包: the discipline office checks the audit chain, reads a case’s history and exports its evidence pack', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('verifies the chain, downloads the evidence pack of an unsatisfied case and finds the export in the case’s audit history', async () => {
    const context = await browser.newContext(desktopContext)
    const page = await context.newPage()
    await page.goto(`${BASE_URL}/`)
    await signInOnKeycloakPage(page, 'jiwei', 'audit-01-login')
    await page.getByTestId('user-display-name').waitFor({ state: 'visible' })

    // 1. The audit-trail page from the side menu: the chain check says the trail is intact.
    await page.locator('.el-menu-item', { hasText: '审计追溯' }).click()
    await page.waitForURL(/\/audit/)
    await page.getByTestId('audit-chain-run').click()
    const result = page.getByTestId('audit-chain-result')
    await result.waitFor({ state: 'visible', timeout: 60_000 })
    expect(await result.getAttribute('data-state')).toBe('intact')
    expect(await result.textContent()).toContain('审计链完整')
    await screenshot(page, 'audit-02-chain-intact')

    // 2. A case the discipline office sees (every one of them had a 不满意 rating): its evidence pack as a ZIP.
    await page.locator('.el-menu-item', { hasText: '事件协同' }).click()
    const firstCase = page.getByTestId('case-table').locator('.el-table__row').first()
    await firstCase.waitFor({ state: 'visible', timeout: 30_000 })
    await firstCase.click()
    await page.waitForURL(/\/cases\/\d+$/)
    const caseId = new URL(page.url()).pathname.split('/').pop() ?? ''
    const button = page.getByTestId('case-evidence-pack')
    await button.waitFor({ state: 'visible', timeout: 15_000 })
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()])
    expect(download.suggestedFilename()).toMatch(/^证据包_.+\.zip$/)
    const zip = readFileSync(await download.path())
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK')
    // the entry names are stored as they are in the ZIP's directory
    expect(zip.toString('latin1')).toContain('manifest.json')
    expect(zip.toString('latin1')).toMatch(/evidence-[A-Z0-9-]+\.pdf/)
    await screenshot(page, 'audit-03-case-with-evidence-button')

    // 3. The case's audit history on the audit-trail page: the rows of the case, the export among them, each verified.
    await page.goto(`${BASE_URL}/audit?type=Case&id=${caseId}`)
    const history = page.getByTestId('audit-history')
    await history.locator('.el-table__row').first().waitFor({ state: 'visible', timeout: 30_000 })
    await expect.poll(async () => (await history.textContent()) ?? '', { timeout: 15_000 }).toContain('EVIDENCE_PACK_EXPORTED')
    const checks = await page.getByTestId('audit-row-valid').allTextContents()
    expect(checks.length).toBeGreaterThan(0)
    expect(checks.every((text) => text.trim() === '通过')).toBe(true)
    // the fields a row changed, before and after
    await history.locator('.el-table__expand-icon').first().click()
    await page.getByTestId('audit-changes').first().waitFor({ state: 'visible' })
    await screenshot(page, 'audit-04-case-history')
    await context.close()
  })
})
