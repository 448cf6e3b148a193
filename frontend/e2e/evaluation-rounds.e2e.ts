import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, screenshot, signInOnKeycloakPage } from './support'

/**
 * A round of 履职评估 walked from the browser on a fresh round of its own (a month of this year, on the scheme in force;
 * the demo's rounds are left as they are): 编办 opens it, moves a deadline and drops 生态环境局; 城市管理局 self-assesses
 * with evidence; 编办 marks, the unit replies to its deduction with a file, 编办 finalises and publishes, and the unit
 * reads its published marks. A stamp in the round's name keeps every run apart.
 */

/** The text box of a field, whether the test id sits on the input or around it. */
function field(scope: Page | Locator, testId: string): Locator {
  return scope.locator(`input[data-testid="${testId}"], textarea[data-testid="${testId}"], [data-testid="${testId}"] input, [data-testid="${testId}"] textarea`).first()
}

/** A time `hours` from now in Beijing, as a date-time picker takes it typed (yyyy-mm-dd HH:mm:00), and as the page shows it. */
function beijing(hours: number): { typed: string; shown: string } {
  const local = new Date(Date.now() + hours * 3600_000 + 8 * 3600_000).toISOString()
  const shown = `${local.slice(0, 10)} ${local.slice(11, 14)}00`
  return { typed: `${shown}:00`, shown }
}

async function typeDate(input: Locator, text: string): Promise<void> {
  await input.click()
  await input.fill(text)
  await input.press('Enter')
}

/** Waits for the success message; a refusal shown instead fails the step with the server's words. */
async function success(page: Page, text: string | RegExp): Promise<void> {
  const done = page.locator('.el-message--success', { hasText: text }).first()
  const refused = page.locator('.el-message--error, .el-message--warning').first()
  await done.or(refused).waitFor({ timeout: 15_000 })
  if (!(await done.isVisible())) {
    await screenshot(page, 'rounds-refused')
    throw new Error(`refused: ${await refused.textContent()}`)
  }
}

async function confirmBox(page: Page): Promise<void> {
  await page.locator('.el-message-box__btns .el-button--primary').click()
}

async function signedIn(browser: Browser, user: string, path: string, shot: string): Promise<Page> {
  const context = await browser.newContext(desktopContext)
  const page = await context.newPage()
  await page.goto(`${BASE_URL}${path}`)
  await signInOnKeycloakPage(page, user, shot)
  return page
}

/** The stage the round's step bar shows as current. */
async function stage(page: Page): Promise<string> {
  return ((await page.locator('[data-testid="round-stages"] .el-step__title.is-process').first().textContent()) ?? '').trim()
}

async function advance(page: Page, to: string): Promise<void> {
  await page.getByTestId('advance-round').click()
  await confirmBox(page)
  await success(page, `已进入“${to}”阶段`)
  await expect.poll(() => stage(page), { timeout: 15_000 }).toBe(to)
}

async function markingTab(page: Page): Promise<Locator> {
  await page.locator('#tab-marking').click()
  const table = page.getByTestId('marking-table')
  await table.locator('.el-table__body tr').first().waitFor({ timeout: 15_000 })
  return table
}

/** The marking table's row of an indicator (by its code, the first cell). */
function indicatorRow(table: Locator, code: string): Locator {
  return table.locator('.el-table__body tr').filter({ has: table.page().locator('td:first-child', { hasText: new RegExp(`^${code.replace('.', '\\.')}$`) }) })
}

describe('评估批次: a round marked stage by stage from the browser', () => {
  let browser: Browser
  const stamp = Date.now()
  const name = `E2E月度履职评估${stamp}`
  const deduction = `察访核验发现执法台账不完整（${stamp}）`
  const replyText = `已补充执法台账及检查记录，请予复核（${stamp}）`
  const restored = `经复核，采纳申辩意见，恢复分值（${stamp}）`
  const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`)

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('opens, scopes, self-assesses with evidence, marks, replies, finalises and publishes', async () => {
    // 编办 opens a monthly round of this month on the scheme in force for 生态环境局 and 城市管理局
    const bianban = await signedIn(browser, 'bianban', '/evaluation/rounds', 'rounds-01-keycloak-login')
    await bianban.getByTestId('open-round').click()
    const dialog = bianban.getByTestId('open-round-dialog')
    await field(dialog, 'round-name').fill(name)
    await expect.poll(async () => (await dialog.getByTestId('round-scheme').textContent()) ?? '', { timeout: 15_000 }).toContain('生效')
    const period = dialog.locator('.el-form-item', { hasText: '评估周期' })
    await period.locator('.el-select').click()
    await bianban.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '月度' }).click()
    const month = beijing(0).typed.slice(0, 7)
    await typeDate(period.locator('.el-date-editor input'), `${month}-01`)
    await expect.poll(async () => (await period.textContent()) ?? '').toMatch(new RegExp(`结束日期：${month}-\\d{2}`))
    const units = dialog.locator('.el-form-item', { hasText: '逐个选择单位' })
    for (const unit of ['生态环境局', '城市管理局']) {
      const input = units.locator('.el-select input')
      await input.click()
      await input.fill(unit)
      await bianban.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: `清河区${unit}` }).first().click()
      await units.locator('.el-tag', { hasText: unit }).waitFor()
    }
    await typeDate(dialog.getByPlaceholder('应报送时间'), beijing(48).typed)
    await typeDate(dialog.getByPlaceholder('锁定时间'), beijing(72).typed)
    await screenshot(bianban, 'rounds-02-open-dialog')
    await dialog.getByTestId('open-round-submit').click()
    await success(bianban, '评估批次已开启')
    await bianban.waitForURL(/\/evaluation\/rounds\/\d+$/)
    const roundPath = new URL(bianban.url()).pathname
    await expect.poll(() => stage(bianban), { timeout: 15_000 }).toBe('单位自评')
    const progress = bianban.getByTestId('progress-table')
    await expect.poll(async () => (await progress.textContent()) ?? '', { timeout: 15_000 }).toContain('清河区生态环境局')

    // 编办 gives 城市管理局 a later due time, with the reason
    const later = beijing(60)
    await bianban.getByTestId('change-deadlines').click()
    const deadlines = bianban.getByTestId('deadline-dialog')
    await deadlines.getByTestId('deadline-table').locator('.el-table__body tr', { hasText: '城市管理局' }).locator('.el-checkbox').click()
    await typeDate(deadlines.getByPlaceholder('应报送时间'), later.typed)
    await field(deadlines, 'deadline-reason').fill('该局承担城市运行保障专项任务，自评报送顺延')
    await deadlines.getByTestId('deadline-submit').click()
    await success(bianban, '已调整 1 个单位的报送时限')
    await expect.poll(async () => (await progress.locator('tr', { hasText: '城市管理局' }).textContent()) ?? '', { timeout: 15_000 })
      .toContain(later.shown)

    // 编办 drops 生态环境局 from the round, with the reason
    await bianban.getByTestId('change-units').click()
    const scope = bianban.getByTestId('units-dialog')
    await scope.getByTestId('units-table').locator('.el-table__body tr', { hasText: '生态环境局' }).locator('.el-checkbox').click()
    await field(scope, 'units-reason').fill('生态环境局本月纳入中央环保督察专项评估，不参加本批次')
    await scope.getByTestId('units-submit').click()
    await success(bianban, '已增加 0 个、移除 1 个单位')
    await expect.poll(async () => (await progress.textContent()) ?? '', { timeout: 15_000 }).not.toContain('生态环境局')
    await screenshot(bianban, 'rounds-03-scoped')

    // 生态环境局, no longer in scope, does not find the round
    const huanjing = await signedIn(browser, 'huanjing', roundPath, 'rounds-04-keycloak-login')
    await huanjing.locator('.el-alert--error').waitFor({ timeout: 15_000 })
    expect(await huanjing.getByTestId('round-stages').count()).toBe(0)
    await huanjing.context().close()

    // 城市管理局 uploads two files, removes one, and submits its self-assessment; it cannot run the round
    const chengguan = await signedIn(browser, 'chengguan', roundPath, 'rounds-05-keycloak-login')
    const self = chengguan.getByTestId('self-assessment')
    await self.waitFor({ timeout: 15_000 })
    expect(await chengguan.getByTestId('advance-round').count()).toBe(0)
    expect(await chengguan.getByTestId('change-units').count()).toBe(0)
    expect(await chengguan.getByTestId('progress-panel').count()).toBe(0)
    expect(await self.textContent()).toContain(later.shown)
    const upload = self.locator('input[type=file][data-testid^="self-files-"]').first()
    const selfFiles = (await upload.getAttribute('data-testid'))?.replace(/-input$/, '') ?? ''
    const files = chengguan.getByTestId(selfFiles)
    await upload.setInputFiles([
      { name: '执法检查台账.pdf', mimeType: 'application/pdf', buffer: pdf('ledger') },
      { name: '误传文件.pdf', mimeType: 'application/pdf', buffer: pdf('wrong') },
    ])
    await expect.poll(async () => files.locator('.file').count(), { timeout: 15_000 }).toBe(2)
    await files.locator('.file', { hasText: '误传文件.pdf' }).getByRole('button', { name: '移除' }).click()
    expect(await files.locator('.file').count()).toBe(1)
    await chengguan.getByTestId('submit-self').click()
    await success(chengguan, '自评表已报送')
    await expect.poll(async () => (await self.locator('.el-card__header').textContent()) ?? '', { timeout: 15_000 }).toContain('已报送')
    await chengguan.reload()
    await expect.poll(async () => (await chengguan.getByTestId(selfFiles).textContent()) ?? '', { timeout: 15_000 }).toContain('执法检查台账.pdf')
    expect(await chengguan.getByTestId(selfFiles).textContent()).not.toContain('误传文件.pdf')
    await screenshot(chengguan, 'rounds-06-self-assessed')

    // 编办 starts the first mark, sees the evidence by name, computes the figures and fills the rules' marks
    await bianban.reload()
    await advance(bianban, '编办初评')
    let table = await markingTab(bianban)
    await expect.poll(async () => (await table.textContent()) ?? '', { timeout: 15_000 }).toContain('执法检查台账.pdf')
    await table.getByTestId('compute-figures').click()
    await success(bianban, /已计算 \d+ 项数据/)
    await table.getByTestId('fill-rules').click()
    await success(bianban, /已按规则预填 \d+ 项/)
    // the rows reload with the rules' marks and their explanation before anything is typed over them
    await expect.poll(() => table.locator('.el-table__body tr').first().getByPlaceholder('理由').inputValue(), { timeout: 15_000 })
      .toContain('按计分规则')

    // the indicators no rule marked get their points by hand; one is marked down with the reason
    const rows = table.locator('.el-table__body tr')
    let overridden = ''
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i)
      const score = row.locator('.el-input-number input')
      if ((await score.count()) === 0) continue
      const code = ((await row.locator('td').first().textContent()) ?? '').trim()
      if (overridden === '' && Number(await score.inputValue()) > 0) {
        overridden = code
        await score.fill('0')
        await score.press('Tab')
        await row.locator('td').nth(6).getByPlaceholder('理由').fill(deduction)
      } else if ((await score.inputValue()) === '') {
        await score.fill(((await row.locator('td').nth(2).textContent()) ?? '').trim())
        await score.press('Tab')
      }
    }
    expect(overridden).not.toBe('')
    await table.getByTestId('save-marks').click()
    await success(bianban, '评分已保存')
    await screenshot(bianban, 'rounds-07-first-marks')

    // the reply stage, with its window
    await bianban.getByTestId('advance-round').click()
    await typeDate(bianban.locator('.reply-window .el-date-editor input'), beijing(24).typed)
    await bianban.locator('.reply-window').getByRole('button', { name: '确定' }).click()
    await confirmBox(bianban)
    await success(bianban, '已进入“反馈申辩”阶段')

    // 城市管理局 sees what lost points and why, replies with a file; it sees no other unit and cannot move the round
    await chengguan.reload()
    const reply = chengguan.getByTestId('reply-form')
    await reply.waitFor({ timeout: 15_000 })
    const lostRow = reply.locator('.el-table__body tr', { hasText: deduction })
    await lostRow.waitFor({ timeout: 15_000 })
    expect(await chengguan.getByTestId('advance-round').count()).toBe(0)
    expect(await chengguan.getByTestId('marking-unit').count()).toBe(0)
    expect(await chengguan.getByTestId('marking-table').textContent()).not.toContain('生态环境局')
    await lostRow.locator('textarea').fill(replyText)
    await lostRow.locator(`input[type=file][data-testid="reply-files-${overridden}-input"]`)
      .setInputFiles({ name: '补充检查记录.pdf', mimeType: 'application/pdf', buffer: pdf('records') })
    await expect.poll(async () => (await lostRow.textContent()) ?? '', { timeout: 15_000 }).toContain('补充检查记录.pdf')
    await reply.getByTestId('send-reply').click()
    await success(chengguan, '申辩已提交')
    await screenshot(chengguan, 'rounds-08-replied')

    // 编办 reads the reply and its file, and restores the points in the final mark
    await bianban.reload()
    table = await markingTab(bianban)
    const marked = indicatorRow(table, overridden)
    await expect.poll(async () => (await marked.textContent()) ?? '', { timeout: 15_000 }).toContain(replyText)
    expect(await marked.textContent()).toContain('补充检查记录.pdf')
    await advance(bianban, '复核终评')
    await expect.poll(async () => marked.locator('td').nth(8).locator('.el-input-number').count(), { timeout: 15_000 }).toBe(1)
    const points = ((await marked.locator('td').nth(2).textContent()) ?? '').trim()
    const finalScore = marked.locator('td').nth(8).locator('.el-input-number input')
    await finalScore.fill(points)
    await finalScore.press('Tab')
    await marked.locator('td').nth(8).getByPlaceholder('理由').fill(restored)
    await table.getByTestId('save-marks').click()
    await success(bianban, '评分已保存')
    await advance(bianban, '结果公布')
    await expect.poll(async () => (await table.textContent()) ?? '', { timeout: 15_000 }).toContain('评估结果已公布，评分已冻结')
    await screenshot(bianban, 'rounds-09-published')

    // 城市管理局 reads its published marks: the deduction, its reply and the restored final mark
    await chengguan.reload()
    const own = indicatorRow(chengguan.getByTestId('marking-table'), overridden)
    await expect.poll(async () => (await own.textContent()) ?? '', { timeout: 15_000 }).toContain(restored)
    const cells = await own.locator('td').allTextContents()
    expect(cells[6]).toContain('0.00')
    expect(cells[6]).toContain(deduction)
    expect(cells[7]).toContain(replyText)
    expect(cells[8]).toContain(points)
    expect(await stage(chengguan)).toBe('结果公布')
    await screenshot(chengguan, 'rounds-10-unit-reads-result')
  })
})
