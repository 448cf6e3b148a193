import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, screenshot, signInOnKeycloakPage } from './support'

describe('desktop: the establishment office exports a list and imports it back', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('bianban downloads the boundary list, imports the sheet with a progress bar, and a broken file is refused', async () => {
    const context = await browser.newContext({ ...desktopContext, acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(BASE_URL)
    await signInOnKeycloakPage(page, 'bianban', 'import-01-keycloak-login')
    await page.locator('.el-menu-item', { hasText: '清单管理' }).click()
    await page.waitForURL(/\/lists/)
    await page.locator('.el-tabs__item', { hasText: '职责边界清单' }).click()
    const tab = page.getByTestId('list-tab-BOUNDARY')
    await tab.locator('.el-table__row').first().waitFor({ state: 'visible' })

    const [download] = await Promise.all([page.waitForEvent('download'), tab.getByTestId('list-export').click()])
    expect(download.suggestedFilename()).toMatch(/^职责边界清单_\d{8}\.xlsx$/)
    const dir = mkdtempSync(join(tmpdir(), 'lvzhi-import-'))
    const exported = join(dir, download.suggestedFilename())
    await download.saveAs(exported)

    await tab.getByTestId('list-import').click()
    const dialog = page.getByTestId('import-dialog')
    await dialog.waitFor({ state: 'visible' })
    await dialog.getByTestId('import-file').setInputFiles(exported)
    await dialog.getByTestId('import-start').click()
    const result = dialog.getByTestId('import-result')
    await result.waitFor({ state: 'visible', timeout: 30_000 })
    // The sheet is the published list itself: every row is recognised as unchanged, no version is written.
    expect(await result.textContent()).toMatch(/导入成功：新增 0 项，更新 0 项，未变 [1-9]\d* 项/)
    expect(await dialog.getByTestId('import-progress').getAttribute('aria-valuenow')).toBe('100')
    await screenshot(page, 'import-02-succeeded')

    // A file that is not a workbook is refused as a whole with the reason.
    await dialog.getByRole('button', { name: '关闭', exact: true }).click()
    await tab.getByTestId('list-import').click()
    const broken = join(dir, '损坏的表格.xlsx')
    writeFileSync(broken, '事项编码,事项名称\nA-1,某事项\n')
    await dialog.getByTestId('import-file').setInputFiles(broken)
    await dialog.getByTestId('import-start').click()
    await expect.poll(async () => (await dialog.locator('.el-alert--error').first().textContent()) ?? '', { timeout: 15_000 })
      .toContain('不是有效的 Excel')
    await screenshot(page, 'import-03-refused')
    await context.close()
  })
})
