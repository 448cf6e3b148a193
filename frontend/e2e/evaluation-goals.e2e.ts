import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, screenshot, signInOnKeycloakPage } from './support'

/** The row of the goal table (on the tab shown) that holds this title. */
function row(page: Page, title: string) {
  return page.locator('.el-tab-pane:visible [data-testid="goal-table"] .el-table__body tr', { hasText: title }).first()
}

async function signedIn(browser: Browser, user: string, shot: string): Promise<Page> {
  const context = await browser.newContext(desktopContext)
  const page = await context.newPage()
  await page.goto(`${BASE_URL}/evaluation/goals`)
  await signInOnKeycloakPage(page, user, shot)
  await page.getByTestId('goal-tabs').waitFor()
  return page
}

/** The text box of a form field, whether the test id sits on the input (el-input) or around it (el-input-number). */
function field(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first()
}

/**
 * Fills the goal dialog: a quantity target and as many milestones as given (the others removed); with `firstDuty`,
 * the first duty of the unit's 三定 as the duty the goal serves.
 */
async function fillGoal(page: Page, title: string, quantity: string, milestones: string[], firstDuty = false): Promise<void> {
  const dialog = page.getByTestId('goal-form')
  await dialog.waitFor()
  await field(page, 'goal-title').fill(title)
  if (firstDuty) {
    await dialog.locator('.el-form-item', { hasText: '对应三定职责' }).locator('.el-select').click()
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '第1条' }).first().click()
  }
  await field(page, 'goal-quantity').fill(quantity)
  await field(page, 'goal-unit').fill('家次')
  const rows = dialog.locator('[data-testid^="milestone-"]')
  while ((await rows.count()) > milestones.length) {
    await rows.last().getByRole('button', { name: '移除' }).click()
  }
  for (let i = 0; i < milestones.length; i++) {
    await rows.nth(i).getByPlaceholder('节点任务').fill(milestones[i] ?? '')
  }
  await dialog.getByTestId('goal-save').click()
  await dialog.waitFor({ state: 'hidden' })
}

describe('年度履职目标: a department submits its goals, 编办 returns one, the department resubmits, 编办 publishes', () => {
  let browser: Browser
  const stamp = Date.now()
  const first = `E2E大气污染源执法检查${stamp}`
  const second = `E2E排污许可证后监管${stamp}`
  const comment = `请明确全年检查企业数量（${stamp}）`

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('walks the goals from draft to published, and the township reads them', async () => {
    // 生态环境局 drafts two goals for this year and submits each
    const huanjing = await signedIn(browser, 'huanjing', 'goals-01-keycloak-login')
    await huanjing.getByTestId('goal-new').click()
    await fillGoal(huanjing, first, '120', ['一季度检查30家次', '二季度检查60家次', '三季度检查90家次', '四季度检查120家次'], true)
    await huanjing.getByTestId('goal-new').click()
    await fillGoal(huanjing, second, '80', ['上半年完成40家次', '全年完成80家次'])
    for (const title of [first, second]) {
      await expect.poll(() => row(huanjing, title).count(), { timeout: 15_000 }).toBe(1)
      await row(huanjing, title).getByTestId('goal-submit').click()
      await expect.poll(async () => (await row(huanjing, title).getByTestId('goal-status').textContent())?.trim(), { timeout: 15_000 })
        .toBe('待审核')
    }
    await screenshot(huanjing, 'goals-02-submitted')

    // 编办 returns the second with a comment and accepts the first
    const bianban = await signedIn(browser, 'bianban', 'goals-03-keycloak-login')
    await expect.poll(() => row(bianban, second).count(), { timeout: 15_000 }).toBe(1)
    await row(bianban, second).getByTestId('goal-return').click()
    await bianban.locator('.el-message-box textarea').fill(comment)
    await bianban.locator('.el-message-box__btns .el-button--primary').click()
    await expect.poll(() => row(bianban, second).count(), { timeout: 15_000 }).toBe(0)
    await row(bianban, first).getByTestId('goal-accept').click()
    await expect.poll(() => row(bianban, first).count(), { timeout: 15_000 }).toBe(0)

    // the department reads the comment, edits the goal and resubmits it
    await huanjing.reload()
    await expect.poll(async () => (await row(huanjing, second).textContent()) ?? '', { timeout: 15_000 }).toContain(comment)
    expect((await row(huanjing, second).getByTestId('goal-status').textContent())?.trim()).toBe('已退回')
    await screenshot(huanjing, 'goals-04-returned')
    await row(huanjing, second).getByTestId('goal-edit').click()
    await fillGoal(huanjing, second, '100', ['上半年完成50家次', '全年完成100家次'])
    await row(huanjing, second).getByTestId('goal-submit').click()
    await expect.poll(async () => (await row(huanjing, second).getByTestId('goal-status').textContent())?.trim(), { timeout: 15_000 })
      .toBe('待审核')

    // 编办 accepts it and publishes the accepted goals of the year
    await bianban.reload()
    await expect.poll(() => row(bianban, second).count(), { timeout: 15_000 }).toBe(1)
    await row(bianban, second).getByTestId('goal-accept').click()
    const publish = bianban.getByTestId('goal-publish')
    await expect.poll(async () => (await publish.textContent()) ?? '', { timeout: 15_000 }).toMatch(/公布已审核目标（[1-9]\d* 项）/)
    await publish.click()
    await bianban.locator('.el-message-box__btns .el-button--primary').click()
    await expect.poll(async () => (await publish.textContent()) ?? '', { timeout: 15_000 }).toContain('（0 项）')
    await screenshot(bianban, 'goals-05-published')

    // the township reads both among the region's published goals
    const zhenjie = await signedIn(browser, 'zhenjie', 'goals-06-keycloak-login')
    await zhenjie.locator('#tab-region').click()
    for (const title of [first, second]) {
      await expect.poll(() => row(zhenjie, title).count(), { timeout: 15_000 }).toBe(1)
      expect((await row(zhenjie, title).getByTestId('goal-status').textContent())?.trim()).toBe('已公布')
    }
    await row(zhenjie, first).getByTestId(/goal-open-/).click()
    const drawer = zhenjie.getByTestId('goal-drawer')
    await expect.poll(async () => (await drawer.textContent()) ?? '', { timeout: 15_000 }).toContain('四季度检查120家次')
    expect(await drawer.textContent()).toContain('第1条') // the 三定 duty the goal serves
    await screenshot(zhenjie, 'goals-07-township-reads')
  })
})
