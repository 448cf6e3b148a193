import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, screenshot, signInOnKeycloakPage } from './support'

/** Opens an Element Plus select inside `field` and picks the option with this label. */
async function choose(page: Page, field: Locator, label: string): Promise<void> {
  await field.locator('.el-select__wrapper').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click()
}

/** Waits until no loading mask shows and no CSS animation or transition runs, so screenshots are stable. */
async function settled(page: Page): Promise<void> {
  await page.locator('.el-loading-mask').first().waitFor({ state: 'hidden' }).catch(() => undefined)
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
}

async function openLists(page: Page): Promise<void> {
  await page.locator('.el-menu-item', { hasText: '清单管理' }).click()
  await page.waitForURL(/\/lists/)
  await page.getByTestId('list-tab-POWER').waitFor({ state: 'visible' })
}

describe('desktop: a department proposes a power item and the establishment office approves it', () => {
  let browser: Browser
  const stamp = Date.now()
  const code = `E2E-${stamp}`
  const name = `建筑工地夜间施工噪声监督检查E2E${stamp}`

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('huanjing proposes 新增事项, bianban approves it, and it is published as version 1', async () => {
    const context = await browser.newContext(desktopContext)
    const page = await context.newPage()

    // 清河区生态环境局 proposes a new power item.
    await page.goto(BASE_URL)
    await signInOnKeycloakPage(page, 'huanjing', 'lists-01-keycloak-login')
    await page.getByTestId('user-display-name').waitFor({ state: 'visible' })
    expect((await page.getByTestId('user-unit-name').textContent())?.trim()).toBe('清河区生态环境局')
    await openLists(page)

    const powerTab = page.getByTestId('list-tab-POWER')
    await powerTab.getByTestId('list-add').click()
    const dialog = page.locator('.el-dialog', { has: page.getByTestId('proposal-submit') })
    await dialog.waitFor({ state: 'visible' })
    // A department's own unit is preset as the owner.
    await expect
      .poll(async () => (await dialog.getByTestId('proposal-unitId').locator('.el-select__selected-item').allTextContents()).join(''))
      .toContain('清河区生态环境局')
    await dialog.getByTestId('proposal-code').locator('input').fill(code)
    await dialog.getByTestId('proposal-name').locator('input').fill(name)
    await choose(page, dialog.getByTestId('proposal-powerType'), '行政检查')
    await choose(page, dialog.getByTestId('proposal-powerLevel'), '县级')
    await dialog.getByTestId('proposal-legalBasis').locator('textarea').fill('《中华人民共和国噪声污染防治法》第二十九条')
    await dialog
      .getByTestId('proposal-supervisionDuties')
      .locator('textarea')
      .fill('对夜间施工噪声开展检查\n对违法行为依法处置')
    await dialog.getByTestId('proposal-reason').locator('textarea').fill('群众投诉夜间施工噪声，需明确检查职责')
    await settled(page)
    await screenshot(page, 'lists-02-new-item')
    await dialog.getByTestId('proposal-submit').click()
    const outcome = page.locator('.el-message--success, [data-testid=proposal-error], .el-form-item__error').first()
    await outcome.waitFor({ state: 'visible' })
    if (!(await page.locator('.el-message--success').isVisible())) {
      await settled(page)
      await screenshot(page, 'lists-02-new-item-refused')
      throw new Error(`proposal refused: ${(await outcome.textContent()) ?? ''}`)
    }
    await dialog.waitFor({ state: 'hidden' })

    // The department sees its own proposal in the queue, pending.
    await page.getByTestId('open-queue').click()
    await page.waitForURL(/\/lists\/changes/)
    const ownRow = page.locator('[data-testid=queue-table] .el-table__row', { hasText: name })
    await ownRow.waitFor({ state: 'visible' })
    expect(await ownRow.textContent()).toContain('待审核')
    expect(await ownRow.getByTestId('queue-approve').count()).toBe(0)
    expect(await ownRow.getByTestId('queue-withdraw').count()).toBe(1)
    await settled(page)
    await screenshot(page, 'lists-03-own-proposal')

    // Sign out; the establishment office signs in on the same browser.
    await page.getByTestId('logout').click()
    await signInOnKeycloakPage(page, 'bianban', 'lists-04-keycloak-login-bianban')
    await page.getByTestId('user-display-name').waitFor({ state: 'visible' })
    expect((await page.getByTestId('user-unit-name').textContent())?.trim()).toBe('清河区委编办')
    await openLists(page)
    await page.getByTestId('open-queue').click()
    await page.waitForURL(/\/lists\/changes/)

    const row = page.locator('[data-testid=queue-table] .el-table__row', { hasText: name })
    await row.waitFor({ state: 'visible' })
    expect(await row.textContent()).toContain('清河区生态环境局')
    await row.getByTestId('queue-view').click()
    const changeDialog = page.getByTestId('change-dialog')
    await changeDialog.getByTestId('change-proposed-name').getByText(name).waitFor()
    await settled(page)
    await screenshot(page, 'lists-05-approval-detail')
    await changeDialog.getByTestId('dialog-approve').click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await page.locator('.el-message--success', { hasText: '已批准' }).waitFor({ state: 'visible' })
    await row.waitFor({ state: 'detached' })

    // Published: the power list finds it by keyword.
    await openLists(page)
    const keyword = powerTab.getByTestId('list-keyword')
    await keyword.fill('噪声')
    await powerTab.getByTestId('list-search').click()
    await settled(page)
    await powerTab.locator('.el-table__row').first().waitFor({ state: 'visible' })
    const total = (await powerTab.getByTestId('list-pager').textContent()) ?? ''
    expect(Number(/共 (\d+) 项/.exec(total)?.[1] ?? '0')).toBeGreaterThanOrEqual(1)
    await settled(page)
    await screenshot(page, 'lists-06-keyword-search')

    await keyword.fill(`噪声监督检查E2E${stamp}`)
    await powerTab.getByTestId('list-search').click()
    await settled(page)
    const itemRow = powerTab.locator('.el-table__row', { hasText: code })
    await itemRow.waitFor({ state: 'visible' })
    expect(await powerTab.locator('.el-table__row').count()).toBe(1)
    const rowText = (await itemRow.textContent()) ?? ''
    expect(rowText).toContain(name)
    expect(rowText).toContain('清河区生态环境局')
    expect(rowText).toContain('行政检查')
    expect(rowText).toContain('已发布')
    expect(rowText).toContain('第1版')

    // Its detail shows version 1 in the history.
    await itemRow.click()
    await page.waitForURL(/\/lists\/items\//)
    await page.getByTestId('item-name').getByText(name).waitFor()
    expect((await page.getByTestId('item-status').textContent())?.trim()).toBe('已发布')
    expect((await page.getByTestId('item-version').textContent())?.trim()).toBe('第1版')
    expect((await page.getByTestId('item-code').textContent())?.trim()).toBe(code)
    expect(await page.getByTestId('detail-legalBasis').textContent()).toContain('噪声污染防治法')
    expect(await page.getByTestId('version-no').allTextContents()).toEqual(['第1版'])
    const versionRow = (await page.locator('[data-testid=version-table] .el-table__row').first().textContent()) ?? ''
    expect(versionRow).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    // 编办 may propose changes to anything.
    await page.getByTestId('propose-change').waitFor({ state: 'visible' })
    await settled(page)
    await screenshot(page, 'lists-07-item-detail')

    await context.close()
  })
})
