import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, networkQuiet, screenshot, signInOnKeycloakPage, trackRequests } from './support'

describe('desktop: the establishment office signs in and browses the organisation', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('logs in through the Chinese Keycloak page and sees the unit tree', async () => {
    const context = await browser.newContext(desktopContext)
    const page = await context.newPage()
    trackRequests(page)
    await page.goto(BASE_URL)

    const submitText = await signInOnKeycloakPage(page, 'bianban', 'desktop-01-keycloak-login')
    expect(submitText).toContain('登录')

    const displayName = page.getByTestId('user-display-name')
    await displayName.waitFor({ state: 'visible' })
    expect((await displayName.textContent())?.trim()).not.toBe('')
    expect((await page.getByTestId('user-unit-name').textContent())?.trim()).toBe('清河区委编办')
    expect(await page.getByTestId('user-role').allTextContents()).toContain('编办')
    expect(await page.title()).toBe('履职 · 机关职能运行监管平台')

    const tree = page.getByTestId('unit-tree').first()
    const label = (name: string) => tree.locator('.node-label').getByText(name, { exact: true })
    await label('江州市人民政府').waitFor({ state: 'visible' })
    // Let the tree finish opening itself down to the user's own unit before looking at its state (not networkidle:
    // the live notification stream keeps a request open as long as the page is).
    await networkQuiet(page)

    const root = tree
      .locator('.el-tree-node')
      .filter({ has: page.locator(':scope > .el-tree-node__content .node-label', { hasText: /^江州市人民政府$/ }) })
      .first()
    // The tree may already be open down to the user's own unit; expand only if it is not.
    if ((await root.getAttribute('aria-expanded')) !== 'true') {
      await root.locator(':scope > .el-tree-node__content .el-tree-node__expand-icon').click()
    }
    await label('江州市清河区人民政府').waitFor({ state: 'visible' })

    await label('江州市清河区人民政府').click()
    await page.getByTestId('unit-field-code').first().getByText('JZ-QH', { exact: true }).waitFor()
    expect(await page.getByTestId('unit-field-parent').first().textContent()).toContain('江州市人民政府')

    await screenshot(page, 'desktop-02-organisation')
    await context.close()
  })
})
