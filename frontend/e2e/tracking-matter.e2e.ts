import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, screenshot, signInOnKeycloakPage } from './support'

/** yyyy-mm-dd in the business time zone, `months` and `days` from today (day clamped to 28 so months shift cleanly). */
function businessDate(months = 0, days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  const [y, m, d] = today.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1 + months, months === 0 ? d : Math.min(d, 28)) + days * 86_400_000)
  return date.toISOString().slice(0, 10)
}

/** earned ÷ applicable × 100, half-up to one decimal, in integer tenths (what the server's BigDecimal does). */
function expectedResult(earnedTenths: number, applicable: number): string {
  const tenths = Math.floor((2 * earnedTenths * 100 + applicable) / (2 * applicable))
  return `${Math.floor(tenths / 10)}.${tenths % 10}`
}

async function fillDate(scope: Locator, value: string): Promise<void> {
  const input = scope.locator('.el-date-editor input').first()
  await input.fill(value)
  await input.press('Enter')
}

async function openTracking(page: Page, user: string, shot: string): Promise<void> {
  await page.goto(`${BASE_URL}/tracking`)
  await signInOnKeycloakPage(page, user, shot)
  await page.getByTestId('tracking-rounds').waitFor({ state: 'visible' })
}

async function pickRound(page: Page, name: string): Promise<void> {
  await page.getByTestId('round-select').locator('..').locator('.el-select__wrapper').first().click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: name }).first().click()
  await expect.poll(async () => (await page.getByTestId('round-matters').count()) > 0, { timeout: 15_000 }).toBe(true)
}

/** The row of the round's matter table holding the matter with this document number. */
function matterRow(page: Page, documentNo: string): Locator {
  return page.getByTestId('round-matters').locator('tbody tr', { hasText: documentNo }).first()
}

async function openReview(page: Page, documentNo: string): Promise<Locator> {
  await matterRow(page, documentNo).getByTestId('review-open').click()
  const drawer = page.getByTestId('review-drawer')
  await expect.poll(async () => (await drawer.getByTestId('review-document').textContent()) ?? '', { timeout: 15_000 }).toBe(documentNo)
  return drawer
}

async function closeReview(page: Page): Promise<void> {
  await page.keyboard.press('Escape')
  await page.getByTestId('review-drawer').waitFor({ state: 'hidden' })
}

async function advanceTo(page: Page, stepsDone: number): Promise<void> {
  const steps = page.getByTestId('round-steps')
  while ((await steps.locator('.el-step__head.is-success').count()) < stepsDone) {
    const before = await steps.locator('.el-step__head.is-success').count()
    await page.getByTestId('advance-step').click()
    await expect.poll(() => steps.locator('.el-step__head.is-success').count(), { timeout: 15_000 }).toBe(before + 1)
  }
}

describe('跟踪问效: one matter through the seven steps, reviewed by 编办 and self-checked by its unit', () => {
  let browser: Browser
  const stamp = Date.now()
  const documentNo = `清编〔E2E〕${stamp}号`
  const roundName = `E2E事项问效${stamp}`
  const selfCheckText = `E2E自评：机构已设立，人员到位 12 人（${stamp}）`
  const planDate = businessDate()
  const applicationTitle = `增设噪声监管科E2E${stamp}`

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('bianban records a matter, plans a round that proposes it and opens the self-check', async () => {
    const context = await browser.newContext(desktopContext)
    const page = await context.newPage()
    await openTracking(page, 'bianban', 'tracking-matter-01-login')

    await page.locator('#tab-matters').click()
    await page.getByTestId('matter-toolbar').getByTestId('matter-create').click()
    const dialog = page.getByTestId('matter-dialog')
    await dialog.locator('.el-select__wrapper').first().click()
    await page.keyboard.type('生态环境局')
    await page.locator('.el-select-dropdown__item:visible', { hasText: 'JZ-QH-D10' }).first().click()
    await dialog.getByTestId('matter-document').fill(documentNo)
    await fillDate(dialog, businessDate(-9))
    await dialog.getByTestId('matter-content').fill(`设立区生态环境综合执法E2E中心（${stamp}）`)
    await screenshot(page, 'tracking-matter-02-matter-dialog')
    await dialog.getByTestId('matter-save').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(async () => (await page.getByTestId('matters').textContent()) ?? '', { timeout: 15_000 }).toContain(documentNo)

    await page.locator('#tab-rounds').click()
    await page.getByTestId('plan-open').click()
    const plan = page.getByTestId('plan-dialog')
    await plan.getByTestId('plan-name').fill(roundName)
    await fillDate(plan, planDate)
    await plan.getByTestId('plan-confirm').click()
    await plan.waitFor({ state: 'hidden' })
    await pickRound(page, roundName)
    await expect.poll(async () => (await matterRow(page, documentNo).count()) > 0, { timeout: 15_000 }).toBe(true)

    await advanceTo(page, 2) // 部署安排 → 调查摸底 → 自评自查
    await screenshot(page, 'tracking-matter-03-round-at-self-check')
    await context.close()
  })

  it('huanjing sees only its own matters and fills in the self-check', async () => {
    const context = await browser.newContext(desktopContext)
    const page = await context.newPage()
    await openTracking(page, 'huanjing', 'tracking-matter-04-login-unit')
    await pickRound(page, roundName)
    await expect.poll(async () => (await matterRow(page, documentNo).count()) > 0, { timeout: 15_000 }).toBe(true)
    const units = await page.getByTestId('round-matters').locator('tbody tr td:nth-child(2)').allTextContents()
    expect(units.length).toBeGreaterThan(0)
    expect(units.every((u) => u.includes('生态环境局')), units.join(',')).toBe(true)
    expect(await page.getByTestId('advance-step').count()).toBe(0)

    const drawer = await openReview(page, documentNo)
    await drawer.getByTestId('self-check-text').fill(selfCheckText)
    await drawer.getByTestId('self-check-save').click()
    await expect.poll(async () => (await page.locator('.el-message--success').count()) > 0, { timeout: 15_000 }).toBe(true)
    expect(await drawer.getByTestId('score-form').count()).toBe(0)
    await screenshot(page, 'tracking-matter-05-self-check')
    await closeReview(page)

    // the unit applies for an establishment matter (not suspended: none of its rectifications is overdue)
    await page.locator('#tab-applications').click()
    const form = page.getByTestId('apply-form')
    await form.getByTestId('apply-title').fill(applicationTitle)
    await form.getByTestId('apply-reason').fill('新增噪声监管职责，任务量增加')
    await form.getByTestId('apply-submit').click()
    await expect.poll(async () => (await page.getByTestId('applications').textContent()) ?? '', { timeout: 15_000 })
      .toContain(applicationTitle)
    expect(await page.getByTestId('apply-suspended').count()).toBe(0)
    await screenshot(page, 'tracking-matter-05b-application')
    await context.close()
  })

  it('bianban scores with one 不适用, walks on, requires and records a rectification, archives and downloads the letter', async () => {
    const context = await browser.newContext(desktopContext)
    const page = await context.newPage()
    await openTracking(page, 'bianban', 'tracking-matter-06-login-again')
    await pickRound(page, roundName)
    await advanceTo(page, 3) // 现场核查

    let drawer = await openReview(page, documentNo)
    expect(await drawer.getByTestId('self-check-view').textContent()).toContain(selfCheckText)
    const cells = drawer.locator('[data-testid^="points-"]')
    const count = await cells.count()
    expect(count).toBeGreaterThan(1)
    let applicable = 0
    let earnedTenths = 0
    for (let i = 0; i < count; i++) {
      const cell = cells.nth(i)
      const code = ((await cell.getAttribute('data-testid')) ?? '').replace('points-', '')
      const points = Number(await cell.textContent())
      if (i === 0) {
        await drawer.getByTestId(`na-${code}`).click()
        continue
      }
      // half a point short on every applicable indicator, so the result is not a round number
      const earned = points - 0.5
      applicable += points
      earnedTenths += Math.round(earned * 10)
      const input = drawer.getByTestId(`earned-${code}`).locator('input')
      await input.fill(String(earned))
      await input.press('Tab')
      await drawer.getByTestId(`evidence-${code}`).fill(`现场核查记录 ${code}`)
    }
    const expected = expectedResult(earnedTenths, applicable)
    await expect.poll(async () => (await drawer.getByTestId('score-preview').textContent())?.trim(), { timeout: 5_000 }).toBe(expected)
    await drawer.getByTestId('score-save').click()
    await expect.poll(async () => (await drawer.getByTestId('review-result').textContent())?.trim(), { timeout: 15_000 }).toBe(expected)
    await screenshot(page, 'tracking-matter-07-scored')
    await closeReview(page)

    await advanceTo(page, 5) // 综合评定 → 情况反馈
    drawer = await openReview(page, documentNo)
    await drawer.getByTestId('rect-requirement').fill('补齐执法人员持证上岗')
    await fillDate(drawer, businessDate(0, 30))
    await drawer.getByTestId('rect-require').click()
    await expect.poll(() => drawer.getByTestId('rect-state').count(), { timeout: 15_000 }).toBe(1)
    await closeReview(page)

    await advanceTo(page, 6) // 督促整改
    drawer = await openReview(page, documentNo)
    await drawer.getByTestId('rect-record').click()
    await expect.poll(async () => (await drawer.getByTestId('rect-state').textContent()) ?? '', { timeout: 15_000 }).toContain('完成')

    await drawer.getByTestId('review-archive').click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await expect.poll(async () => (await drawer.getByTestId('archive-hash').count()) > 0, { timeout: 15_000 }).toBe(true)
    expect((await drawer.getByTestId('archive-hash').textContent())?.trim()).toMatch(/^[0-9a-f]{64}$/)
    expect(await drawer.getByTestId('review-archive').count()).toBe(0)
    expect(await drawer.getByTestId('rect-require').count()).toBe(0)
    await screenshot(page, 'tracking-matter-08-archived')

    const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('review-pdf').click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    await closeReview(page)
    expect((await matterRow(page, documentNo).textContent()) ?? '').toContain(expected)
    await context.close()
  })
})
