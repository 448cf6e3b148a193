import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { BASE_URL, desktopContext, gqlAs, launchBrowser, screenshot, signInOnKeycloakPage } from './support'

async function unitId(code: string): Promise<string> {
  const data = await gqlAs<{ unitByCode: { id: string } }>('lingdao', 'query($c: String!) { unitByCode(code: $c) { id } }', { c: code })
  return data.unitByCode.id
}

async function caseVersion(id: string): Promise<number> {
  return (await gqlAs<{ case: { version: number } }>('lingdao', 'query($id: ID!) { case(id: $id) { version } }', { id })).case.version
}

/** Signs in on the desktop as this demo user and opens the page at `path`. */
async function openAs(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await browser.newContext(desktopContext)
  const page = await context.newPage()
  await page.goto(`${BASE_URL}${path}`)
  await signInOnKeycloakPage(page, username, `offices-login-${username}`)
  await page.getByTestId('user-display-name').waitFor({ state: 'visible' })
  return page
}

async function caseStatus(page: Page): Promise<string> {
  return ((await page.getByTestId('case-status').textContent()) ?? '').trim()
}

describe('科室环节: the office signs and replies, the department rates, the case closes only with reasons for unrated hops', () => {
  let browser: Browser
  let casePath = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    // the chain up to the office hop, through the API: reported, accepted, dispatched to 生态环境局, passed to its 执法监督科
    const reported = await gqlAs<{ reportCase: { case: { id: string } } }>('wanggeyuan',
      'mutation($i: ReportCaseInput!) { reportCase(input: $i) { case { id } } }',
      { i: { title: `科室环节E2E${Date.now()}`, description: '河道旁有企业夜间偷排污水。', categoryText: '偷排污水',
        address: '清河街道清河社区河滨路6号', clientKey: `offices-e2e-${Date.now()}` } })
    const id = reported.reportCase.case.id
    await gqlAs('zhihui', 'mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { case { id } } }', { i: { caseId: id } })
    const dispatched = await gqlAs<{ dispatchCase: { dispatches: { id: string }[] } }>('zhihui',
      'mutation($i: DispatchCaseInput!) { dispatchCase(input: $i) { dispatches { id } } }',
      { i: { caseId: id, caseVersion: await caseVersion(id), targets: [{ unitId: await unitId('JZ-QH-D10'), role: 'LEAD' }] } })
    const lead = dispatched.dispatchCase.dispatches[0]?.id ?? ''
    await gqlAs('huanjing', 'mutation($i: SignDispatchInput!) { signDispatch(input: $i) { dispatch { id } } }', { i: { dispatchId: lead } })
    await gqlAs('huanjing', 'mutation($i: DispatchCaseInput!) { dispatchCase(input: $i) { dispatches { id } } }',
      { i: { caseId: id, caseVersion: await caseVersion(id), parentDispatchId: lead,
        targets: [{ unitId: await unitId('JZ-QH-D10-K07'), role: 'LEAD' }], instructions: '请科室现场核查' } })
    casePath = `/cases/${id}`
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('walks the office hop to a closed case in the browser', async () => {
    // 1. The office's staff see only their hop, sign for it and reply.
    const office = await openAs(browser, 'huanjing-zhifa', casePath)
    const officeHop = office.locator('.hop', { hasText: '→ 执法监督科' })
    await officeHop.getByTestId('dispatch-sign').click()
    await officeHop.getByTestId('dispatch-reply').waitFor({ state: 'visible' })
    expect(await office.locator('.hop').count()).toBe(1)
    await officeHop.getByTestId('dispatch-reply').click()
    await office.getByTestId('case-text').fill('科室已现场核查，责令企业停产整改')
    await office.getByTestId('case-text-submit').click()
    await expect.poll(async () => (await officeHop.textContent()) ?? '').toContain('科室已现场核查')
    // the office never rates its own reply
    expect(await officeHop.getByTestId('dispatch-rate').count()).toBe(0)
    await screenshot(office, 'offices-01-office-replied')
    await office.context().close()

    // 2. The department that passed it rates the office's reply, then replies upwards: the case completes.
    const department = await openAs(browser, 'huanjing', casePath)
    const passed = department.locator('.hop', { hasText: '→ 执法监督科' })
    await passed.getByTestId('dispatch-rate').click()
    await department.getByTestId('rate-submit').click()
    await expect.poll(async () => (await passed.textContent()) ?? '').toContain('满意')
    const lead = department.locator('.hop', { hasText: '→ 清河区生态环境局' })
    await lead.getByTestId('dispatch-reply').click()
    await department.getByTestId('case-text').fill('经科室核查，已责令停产整改并立案')
    await department.getByTestId('case-text-submit').click()
    await expect.poll(() => caseStatus(department)).toBe('已办结')
    await department.context().close()

    // 3. The command centre has not rated the bureau's reply: closing asks a reason for that hop first.
    const centre = await openAs(browser, 'zhihui', casePath)
    await centre.getByTestId('case-close').click()
    const dialog = centre.getByTestId('case-text-dialog')
    const reason = dialog.locator('[data-testid^="hop-reason-"]')
    await reason.first().waitFor({ state: 'visible' })
    expect(await reason.count()).toBe(1)
    await centre.getByTestId('case-text-submit').click()
    await dialog.getByText('请填写关闭理由').waitFor({ state: 'visible' })
    await reason.first().fill('报告人已电话确认问题解决，免于评价')
    await screenshot(centre, 'offices-02-close-reasons')
    await centre.getByTestId('case-text-submit').click()
    await expect.poll(() => caseStatus(centre)).toBe('已结案')
    const closedHop = centre.locator('.hop', { hasText: '→ 清河区生态环境局' })
    await closedHop.getByTestId('hop-closed').waitFor({ state: 'visible' })
    expect(await closedHop.textContent()).toContain('报告人已电话确认问题解决')
    // nothing is reminded on a closed case
    expect(await centre.getByTestId('dispatch-remind').count()).toBe(0)
    expect(await centre.getByTestId('case-timeline').textContent()).toContain('环节关闭')
    await screenshot(centre, 'offices-03-closed')
    await centre.context().close()
  })
})
