import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { BASE_URL, desktopContext, gqlAs, launchBrowser, phoneContext, screenshot, signInOnKeycloakPage } from './support'

const gql = gqlAs

async function dispatchStatus(id: string): Promise<string> {
  const data = await gql<{ case: { dispatches: { id: string; status: string }[] } }>('lingdao',
    'query($id: ID!) { case(id: $id) { dispatches { id status } } }', { id: caseId })
  return data.case.dispatches.find((d) => d.id === id)?.status ?? ''
}

let caseId = ''

/**
 * Pages on (the desktop pager, or the phone's 加载更多) until the row is shown. The list may still be loading when
 * this starts (its pager hidden meanwhile), and other tests' dispatches may put the row on a later page.
 */
async function findRow(page: Page, row: Locator, more: string): Promise<void> {
  const deadline = Date.now() + 30_000
  while (!(await row.isVisible()) && Date.now() < deadline) {
    const next = page.getByTestId(more)
    if ((await next.isVisible()) && (await next.isEnabled())) await next.click()
    await page.waitForTimeout(500)
  }
  await row.waitFor({ state: 'visible', timeout: 5_000 })
}

describe('待办: a department signs a fresh dispatch on its 工作台 and replies from the phone', () => {
  let browser: Browser
  const title = `待办E2E${Date.now()}`
  let dispatchId = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    // reported by the grid worker, accepted and dispatched by the district centre to 生态环境局 (lead)
    const reported = await gql<{ reportCase: { case: { id: string } } }>('wanggeyuan',
      'mutation($i: ReportCaseInput!) { reportCase(input: $i) { case { id } } }',
      { i: { title, description: '小区旁餐馆油烟直排，居民反映强烈。', categoryText: '油烟扰民',
        address: '清河街道清河社区建设路20号', clientKey: `todo-e2e-${Date.now()}` } })
    caseId = reported.reportCase.case.id
    await gql('zhihui', 'mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { case { id } } }', { i: { caseId } })
    const version = (await gql<{ case: { version: number } }>('lingdao', 'query($id: ID!) { case(id: $id) { version } }',
      { id: caseId })).case.version
    const lead = (await gql<{ unitByCode: { id: string } }>('lingdao', 'query { unitByCode(code: "JZ-QH-D10") { id } }', {}))
      .unitByCode.id
    const dispatched = await gql<{ dispatchCase: { dispatches: { id: string }[] } }>('zhihui',
      'mutation($i: DispatchCaseInput!) { dispatchCase(input: $i) { dispatches { id } } }',
      { i: { caseId, caseVersion: version, targets: [{ unitId: lead, role: 'LEAD' }], instructions: '请牵头核查处置' } })
    dispatchId = dispatched.dispatchCase.dispatches[0]?.id ?? ''
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the dispatch as 待签收 on the 工作台, signs it there, and replies from the phone 待办, kept on the phone while the signal is gone', async () => {
    // 1. The department's 工作台: the 待办 panel counts what waits; narrowed to 待签收 it lists the fresh dispatch.
    const desktop = await (await browser.newContext(desktopContext)).newPage()
    await desktop.goto(BASE_URL)
    await signInOnKeycloakPage(desktop, 'huanjing', 'todo-login-desktop')
    const panel = desktop.getByTestId('todo-panel')
    await panel.waitFor({ state: 'visible' })
    await panel.getByTestId('todo-count-SIGN').click()
    const row = panel.locator('.el-table__row', { hasText: title })
    await findRow(desktop, row, 'list-next')
    expect(await row.getByTestId('todo-kind').textContent()).toContain('待签收')
    await screenshot(desktop, 'todo-01-workbench')
    await row.getByTestId('todo-sign').click()
    await expect.poll(() => dispatchStatus(dispatchId), { timeout: 15_000 }).toBe('SIGNED')
    await desktop.context().close()

    // 2. On a phone: the 待办 tab lists it as 待反馈; 办结反馈 with a text replies to the dispatch.
    const phone = await (await browser.newContext(phoneContext)).newPage()
    await phone.goto(`${BASE_URL}/m/todo`)
    await signInOnKeycloakPage(phone, 'huanjing', 'todo-login-phone')
    if (new URL(phone.url()).pathname !== '/m/todo') await phone.getByTestId('tab-todo').click()
    await phone.waitForURL((url) => url.pathname === '/m/todo')
    await phone.getByTestId('m-todo-count-REPLY').click()
    const item = phone.getByTestId('m-todo-item').filter({ hasText: title })
    await findRow(phone, item, 'm-todo-more')
    expect(await item.getByTestId('m-todo-kind').textContent()).toContain('待反馈')
    await item.getByTestId('m-todo-reply').click()
    await phone.getByTestId('m-todo-reply-text').locator('textarea').fill('已现场核查，责令餐馆加装油烟净化设备')
    await screenshot(phone, 'todo-02-phone-reply')
    // 3. The signal drops as the reply is sent: it is kept on the phone (待发送), not lost, and goes when it returns.
    await phone.context().setOffline(true)
    await phone.locator('.van-dialog__confirm').click()
    await item.getByTestId('m-todo-kept').waitFor({ state: 'visible' })
    await phone.getByTestId('m-todo-waiting').waitFor({ state: 'visible' })
    expect(await dispatchStatus(dispatchId)).toBe('SIGNED')
    await screenshot(phone, 'todo-03-phone-kept-offline')
    await phone.context().setOffline(false)
    await expect.poll(() => dispatchStatus(dispatchId), { timeout: 30_000 }).toBe('REPLIED')
    await item.waitFor({ state: 'detached' })
    await phone.getByTestId('m-todo-waiting').waitFor({ state: 'detached' })
    await screenshot(phone, 'todo-04-phone-done')
    await phone.context().close()
  })
})
