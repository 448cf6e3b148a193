import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { BASE_URL, gqlAs, launchBrowser, networkQuiet, openDesktopAs, phoneContext, screenshot, trackRequests } from './support'

/**
 * 满意度问卷 walked in the browser on questionnaires of its own (a stamp in the titles keeps every run apart; the demo's
 * questionnaires are left as they are). A questionnaire goes either to named units or to an anonymous link (issue 13:
 * "to a set of respondents or an anonymous link"), so 编办 designs one in the designer and publishes it to 生态环境局,
 * and publishes a copy of it with an anonymous link. 生态环境局 answers its own; a second, stale sheet of the same unit
 * is refused in Chinese. An anonymous visitor answers the link twice; 编办 reads the aggregate change. 城市管理局, not
 * addressed, finds neither questionnaire.
 */

const stamp = `${Date.now() % 100_000_000}`
const NAMED = `端到端满意度问卷${stamp}`
const OPEN = `端到端匿名满意度问卷${stamp}`
const Q = {
  single: '您对本单位的服务态度是否满意？',
  scale: '请为本单位的整体工作打分',
  multiple: '您办理过哪些事项？',
  text: '您对本单位还有什么意见和建议？',
}
const SINGLE = ['满意', '基本满意', '不满意']
const MULTIPLE = ['行政许可', '行政检查', '咨询投诉']

/** Waits for the success message; without it the step fails with the messages shown (a warning may linger from before). */
async function success(page: Page, text: string): Promise<void> {
  try {
    await page.locator('.el-message--success', { hasText: text }).first().waitFor({ timeout: 15_000 })
  } catch {
    await screenshot(page, 'surveys-refused')
    throw new Error(`no「${text}」: ${(await page.locator('.el-message').allTextContents()).join(' / ')}`)
  }
}

/** Waits for an Element Plus message of the kind with the text (earlier ones may still be showing). */
async function message(page: Page, kind: 'warning' | 'error', text: string): Promise<string> {
  const shown = page.locator(`.el-message--${kind} .el-message__content`, { hasText: text }).first()
  await shown.waitFor({ timeout: 15_000 })
  return ((await shown.textContent()) ?? '').trim()
}

/** The designer's card of question `n` (1-based). */
function card(page: Page, n: number): Locator {
  return page.getByTestId('survey-question').nth(n - 1)
}

async function fillOptions(question: Locator, options: string[]): Promise<void> {
  await question.getByRole('button', { name: '添加选项' }).click()
  for (const [i, option] of options.entries()) await question.getByPlaceholder(`选项 ${i + 1}`, { exact: true }).fill(option)
}

/** Answers the sheet's four questions as a respondent clicks them (the anonymous page and the unit's page alike). */
async function answer(page: Page, a: { single: string; scale: number; multiple: string[]; text: string }): Promise<void> {
  const fields = page.locator('fieldset.question')
  await fields.nth(0).locator('label.option', { hasText: new RegExp(`^\\s*${a.single}\\s*$`) }).click()
  await fields.nth(1).getByRole('button', { name: String(a.scale), exact: true }).click()
  for (const m of a.multiple) await fields.nth(2).locator('label.option', { hasText: m }).click()
  await fields.nth(3).locator('textarea').fill(a.text)
}

/** The results card of a question, found by its text. */
function resultsCard(page: Page, text: string): Locator {
  return page.locator('[data-testid="survey-results"] .el-card', { hasText: text })
}

/** What the results show for one option: “1 票 · 50.00%”. */
async function optionFigure(page: Page, question: string, option: string): Promise<string> {
  const row = resultsCard(page, question).locator('.row', { has: page.locator('.label', { hasText: new RegExp(`^${option}$`) }) })
  return ((await row.locator('.el-progress__text').textContent()) ?? '').trim()
}

/** What 编办 should read on a questionnaire's results: sheets, the scale's mean, the texts, [question, option, figure]s. */
interface Expected {
  responses: number
  mean: string
  texts: string[]
  figures: [string, string, string][]
}

/** Opens the results afresh (they aggregate at each read) and checks them; the texts come with no respondent. */
async function expectResults(page: Page, id: string, want: Expected): Promise<void> {
  await page.goto(`${BASE_URL}/evaluation/surveys/${id}`)
  await page.getByRole('tab', { name: '统计结果' }).click()
  const count = page.getByTestId('survey-results').locator('.el-tag', { hasText: '份答卷' })
  await count.waitFor()
  expect((await count.textContent())?.trim()).toBe(`共 ${want.responses} 份答卷`)
  for (const [question, option, figure] of want.figures) expect(await optionFigure(page, question, option)).toBe(figure)
  expect(await resultsCard(page, Q.scale).textContent()).toContain(`平均分：${want.mean}`)
  const texts = await resultsCard(page, Q.text).locator('.texts li').allTextContents()
  expect(texts.map((text) => text.trim()).sort()).toEqual([...want.texts].sort())
}

/** The anonymous page answered and sent: its thanks. */
async function answerAnonymously(page: Page, a: Parameters<typeof answer>[1]): Promise<void> {
  await answer(page, a)
  await page.getByRole('button', { name: '提交问卷' }).click()
  await page.getByText('提交成功，感谢您的参与！').waitFor()
}

/** The copy published with the anonymous link: the named questionnaire's questions, through the API. */
async function anonymousCopy(namedId: string): Promise<string> {
  const { questionnaire } = await gqlAs<{ questionnaire: { questions: Record<string, unknown>[] } }>('bianban',
    'query($id: ID!) { questionnaire(id: $id) { questions { kind text required options scaleMax lowLabel highLabel } } }', { id: namedId })
  const created = await gqlAs<{ createQuestionnaire: { questionnaire: { id: string } } }>('bianban',
    'mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { questionnaire { id } } }',
    { i: { title: OPEN, intro: '面向办事群众的匿名问卷', roundId: null, targetUnitIds: [], questions: questionnaire.questions } })
  return created.createQuestionnaire.questionnaire.id
}

describe('满意度问卷: 编办 designs and publishes, a unit and the public answer, 编办 reads the live results', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('walks the designer, both audiences, the answer pages, the results and who may not see it', async () => {
    // 1. 编办 designs four questions (the scale it starts with moved below a single choice), saves and publishes.
    const office = await openDesktopAs(browser, 'bianban', '/evaluation/surveys', 'surveys-01-login')
    trackRequests(office)
    await office.getByTestId('new-survey').click()
    await office.locator('input[data-testid="survey-title"], [data-testid="survey-title"] input').first().fill(NAMED)
    for (const kind of ['单选', '多选', '文字']) await office.getByRole('button', { name: `添加${kind}`, exact: true }).click()
    await card(office, 1).getByRole('button', { name: '下移' }).click()
    expect((await card(office, 1).locator('.el-card__header').textContent())?.trim()).toMatch(/^1\. 单选/)
    expect((await card(office, 2).locator('.el-card__header').textContent())?.trim()).toMatch(/^2\. 量表/)
    await office.getByTestId('save-survey').click()
    await message(office, 'warning', '第 1 题：请填写题目')
    for (const [n, text] of [Q.single, Q.scale, Q.multiple, Q.text].entries()) {
      await card(office, n + 1).locator('.el-form-item', { hasText: '题目内容' }).locator('input').fill(text)
    }
    await fillOptions(card(office, 1), SINGLE)
    await fillOptions(card(office, 3), MULTIPLE)
    await screenshot(office, 'surveys-02-designer')
    await office.getByTestId('save-survey').click()
    await success(office, '问卷已保存')
    await office.waitForURL(/\/evaluation\/surveys\/\d+$/)
    const namedId = new URL(office.url()).pathname.split('/').pop() as string
    await expect.poll(async () => (await office.locator('.el-descriptions').textContent()) ?? '').toContain('草稿')

    await office.getByTestId('publish-survey').click()
    const dialog = office.locator('.el-dialog', { hasText: '发布问卷' })
    await dialog.getByTestId('publish-submit').click()
    await message(office, 'warning', '请选择答卷单位')
    const input = dialog.locator('.el-form-item', { hasText: '答卷单位' }).locator('.el-select input')
    await input.click()
    await input.fill('生态环境局')
    await office.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '清河区生态环境局' }).first().click()
    await dialog.locator('.el-tag', { hasText: '生态环境局' }).waitFor()
    await dialog.getByTestId('publish-submit').click()
    await success(office, '问卷已发布')
    const facts = office.locator('.el-descriptions')
    await expect.poll(async () => (await facts.textContent()) ?? '').toContain('已发布')
    expect(await facts.textContent()).toContain('指定单位')
    expect(await facts.textContent()).toContain('生态环境局')
    expect(await office.getByTestId('survey-link').count()).toBe(0)

    const openId = await anonymousCopy(namedId)
    await office.goto(`${BASE_URL}/evaluation/surveys/${openId}`)
    await office.getByTestId('publish-survey').click()
    await dialog.locator('.el-radio', { hasText: '匿名链接' }).click()
    await dialog.getByTestId('publish-submit').click()
    await success(office, '问卷已发布')
    const link = office.getByTestId('survey-link')
    await link.waitFor()
    expect(await link.textContent()).toContain('匿名填写链接')
    const address = await link.locator('input').inputValue()
    expect(address).toMatch(new RegExp(`^${BASE_URL}/s/[A-Za-z0-9_-]{16,64}$`))
    await screenshot(office, 'surveys-03-anonymous-link')

    // 2. 生态环境局 finds its questionnaire under 待填写 and answers it; a stale second sheet of the unit is refused.
    // (The required questions are checked on the anonymous page: the same rule, without a toast covering the sheet.)
    const unit = await openDesktopAs(browser, 'huanjing', '/evaluation/surveys?tab=toAnswer', 'surveys-04-unit-login')
    trackRequests(unit)
    const pending = unit.getByTestId('surveys-to-answer')
    await pending.locator('.el-table__row', { hasText: NAMED }).waitFor()
    expect(await pending.textContent()).not.toContain(OPEN)
    await pending.locator('.el-table__row', { hasText: NAMED }).click()
    await unit.getByTestId('answer-sheet').waitFor()
    const stale = await unit.context().newPage()
    await stale.goto(unit.url())
    await stale.getByTestId('answer-sheet').locator('fieldset.question').first().waitFor()

    expect(await unit.locator('fieldset.question legend').allTextContents()).toEqual(
      [`1. ${Q.single}*`, `2. ${Q.scale}*`, `3. ${Q.multiple}*`, `4. ${Q.text}`])
    await answer(unit, { single: '满意', scale: 4, multiple: ['行政许可', '咨询投诉'], text: '窗口服务热情周到' })
    await unit.getByTestId('answer-submit').click()
    await success(unit, '答卷已提交')
    await unit.getByText('您已完成本问卷，感谢参与').waitFor()
    await screenshot(unit, 'surveys-05-unit-answered')

    await answer(stale, { single: '不满意', scale: 2, multiple: ['行政检查'], text: '另一份答卷' })
    await stale.getByTestId('answer-submit').click()
    expect(await message(stale, 'error', '已提交')).toBe('本单位已提交过该问卷的答卷')
    await stale.getByText('您已完成本问卷，感谢参与').waitFor()
    await stale.close()
    await unit.goto(`${BASE_URL}/evaluation/surveys?tab=toAnswer`)
    await networkQuiet(unit)
    expect(await unit.getByTestId('surveys-to-answer').textContent()).not.toContain(NAMED)

    // 3. An anonymous visitor, never signed in: a bad link, then the questionnaire in Chinese, answered twice.
    const visitor = await (await browser.newContext(phoneContext)).newPage()
    await visitor.goto(`${BASE_URL}/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)
    await visitor.getByText('问卷链接无效或已失效').waitFor()
    expect(await visitor.locator('body').innerText()).not.toMatch(/[A-Za-z]{3,}/)
    await visitor.goto(address)
    await visitor.locator('h1', { hasText: OPEN }).waitFor()
    expect(await visitor.getByText('本问卷匿名填写，不记录您的身份和作答时间').count()).toBe(1)
    expect(await visitor.locator('fieldset.question legend').allTextContents()).toEqual(
      [`1. ${Q.single}*`, `2. ${Q.scale}*`, `3. ${Q.multiple}*`, `4. ${Q.text}`])
    await visitor.getByRole('button', { name: '提交问卷' }).click()
    await visitor.getByText('第 1、2、3 题为必答题').waitFor()
    await answerAnonymously(visitor, { single: '基本满意', scale: 5, multiple: ['行政检查'], text: '希望延长周末办理时间' })
    expect(await visitor.locator('body').innerText()).not.toMatch(/[A-Za-z]{3,}/)
    await screenshot(visitor, 'surveys-06-anonymous-thanks')

    // 4. 编办 reads the results: the unit's sheet, then the anonymous link's before and after a second answer.
    await expectResults(office, namedId, { responses: 1, mean: '4.00', texts: ['窗口服务热情周到'], figures: [
      [Q.single, '满意', '1 票 · 100.00%'], [Q.single, '不满意', '0 票 · 0.00%'], [Q.multiple, '咨询投诉', '1 票 · 100.00%']] })
    await expectResults(office, openId, { responses: 1, mean: '5.00', texts: ['希望延长周末办理时间'], figures: [
      [Q.single, '基本满意', '1 票 · 100.00%']] })
    await visitor.goto(address)
    await answerAnonymously(visitor, { single: '满意', scale: 4, multiple: ['行政许可', '行政检查'], text: '办事指南清楚' })
    await expectResults(office, openId, { responses: 2, mean: '4.50', texts: ['希望延长周末办理时间', '办事指南清楚'], figures: [
      [Q.single, '满意', '1 票 · 50.00%'], [Q.single, '基本满意', '1 票 · 50.00%'], [Q.multiple, '行政检查', '2 票 · 100.00%']] })
    await screenshot(office, 'surveys-07-results')

    // 5. 城市管理局 is not addressed: neither questionnaire in its lists, and their pages say they do not exist.
    const other = await openDesktopAs(browser, 'chengguan', '/evaluation/surveys', 'surveys-08-other-login')
    trackRequests(other)
    await other.getByTestId('surveys-table').waitFor()
    await networkQuiet(other)
    const listed = (await other.getByTestId('surveys-table').textContent()) ?? ''
    expect(listed).not.toContain(NAMED)
    expect(listed).not.toContain(OPEN)
    await other.getByRole('tab', { name: /待填写/ }).click()
    expect(await other.getByTestId('surveys-to-answer').textContent()).not.toContain(NAMED)
    for (const path of [`/evaluation/surveys/${namedId}`, `/evaluation/surveys/${namedId}/answer`, `/evaluation/surveys/${openId}`]) {
      await other.goto(`${BASE_URL}${path}`)
      const alert = other.locator('.el-alert--error')
      await alert.waitFor()
      expect((await alert.textContent())?.trim()).toBe('问卷不存在')
      expect(await other.locator('body').innerText()).not.toContain(stamp)
    }
    await screenshot(other, 'surveys-09-not-found')
  })
})
