import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { gqlAs, launchBrowser, openDesktopAs, screenshot } from './support'

async function caseVersion(id: string): Promise<number> {
  return (await gqlAs<{ case: { version: number } }>('lingdao', 'query($id: ID!) { case(id: $id) { version } }', { id })).case.version
}

async function openAs(browser: Browser, username: string, path: string): Promise<Page> {
  return openDesktopAs(browser, username, path, `basis-login-${username}`)
}

/** The cases 生态环境局 handled under the item in the last three months, as 编办's report counts them (0 when absent). */
async function countedCases(environment: string, itemId: string): Promise<number> {
  const now = new Date()
  const input = {
    unitId: environment,
    from: new Date(now.getFullYear(), now.getMonth() - 2, 1).toISOString(),
    to: new Date(now.getFullYear(), now.getMonth() + 1, 1).toISOString(),
  }
  const data = await gqlAs<{ basisReport: { topItems: { itemId: string; cases: number }[] } }>('bianban',
    'query($i: BasisReportInput!) { basisReport(input: $i) { topItems { itemId cases } } }', { i: input })
  return data.basisReport.topItems.find((row) => row.itemId === itemId)?.cases ?? 0
}

describe('办理依据: a department names the suggested basis on its hop, 编办 sees it counted and downloads the reports', () => {
  let browser: Browser
  let casePath = ''
  let environment = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    // a noise case under the collaboration item, accepted, dispatched to 生态环境局 and signed for, through the API
    const item = await gqlAs<{ listItems: { edges: { node: { id: string } }[] } }>('lingdao',
      'query { listItems(filter: {kind: COLLABORATION, keyword: "噪声"}, first: 1) { edges { node { id } } } }', {})
    const categoryItemId = item.listItems.edges[0]?.node.id
    environment = (await gqlAs<{ unitByCode: { id: string } }>('lingdao', 'query { unitByCode(code: "JZ-QH-D10") { id } }', {})).unitByCode.id
    const reported = await gqlAs<{ reportCase: { case: { id: string } } }>('wanggeyuan',
      'mutation($i: ReportCaseInput!) { reportCase(input: $i) { case { id } } }',
      { i: { title: `夜间施工噪声E2E${Date.now()}`, description: '工地连续三晚23点后仍在施工。', categoryItemId,
        address: '清河街道清河社区建设路18号', clientKey: `basis-e2e-${Date.now()}` } })
    const id = reported.reportCase.case.id
    await gqlAs('zhihui', 'mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { case { id } } }', { i: { caseId: id } })
    const dispatched = await gqlAs<{ dispatchCase: { dispatches: { id: string }[] } }>('zhihui',
      'mutation($i: DispatchCaseInput!) { dispatchCase(input: $i) { dispatches { id } } }',
      { i: { caseId: id, caseVersion: await caseVersion(id), targets: [{ unitId: environment, role: 'LEAD' }] } })
    const lead = dispatched.dispatchCase.dispatches[0]?.id ?? ''
    await gqlAs('huanjing', 'mutation($i: SignDispatchInput!) { signDispatch(input: $i) { dispatch { id } } }', { i: { dispatchId: lead } })
    casePath = `/cases/${id}`
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('names the basis from the suggestions and finds it in the reports', async () => {
    // 1. 生态环境局 opens its hop and names the first suggested power item as its basis.
    const department = await openAs(browser, 'huanjing', casePath)
    const hop = department.locator('.hop', { hasText: '→ 清河区生态环境局' })
    await hop.getByTestId('basis-none').waitFor({ state: 'visible' })
    await hop.getByTestId('basis-edit').click()
    const dialog = department.getByTestId('basis-dialog')
    await dialog.getByTestId('basis-item').click()
    const suggestion = department.getByTestId('basis-suggestion-1')
    await suggestion.waitFor({ state: 'visible' })
    const picked = ((await suggestion.textContent()) ?? '').replace('★', '').trim()
    expect(picked).toMatch(/^QH-D10-/)
    await suggestion.click()
    await dialog.getByTestId('basis-reasons').waitFor({ state: 'visible' })
    await screenshot(department, 'basis-01-suggestion')
    await dialog.getByTestId('basis-save').click()
    await expect.poll(async () => (await hop.getByTestId('basis-text').textContent()) ?? '').toBe(picked)
    // the lead department's basis is the case's
    expect(await department.getByTestId('basis-text').first().textContent()).toBe(picked)
    await department.context().close()

    const code = picked.split(' ')[0] ?? ''
    const items = await gqlAs<{ listItems: { edges: { node: { id: string } }[] } }>('lingdao',
      'query($k: String) { listItems(filter: {kind: POWER, keyword: $k}, first: 1) { edges { node { id } } } }', { k: code })
    const counted = await countedCases(environment, items.listItems.edges[0]?.node.id ?? '')
    expect(counted).toBeGreaterThan(0)

    // 2. 编办 opens the reports for 生态环境局: the item is counted, and the reports download as .xlsx.
    const office = await openAs(browser, 'bianban', '/lists/basis-report')
    await office.getByTestId('basis-report-totals').waitFor({ state: 'visible' })
    await office.getByTestId('basis-report-unit').click()
    await office.keyboard.type('生态环境局')
    await office.locator('.el-select-dropdown__item').getByText('清河区生态环境局', { exact: true }).first().click()
    const row = office.getByTestId('basis-report-topItems').locator('tr', { hasText: code })
    await row.waitFor({ state: 'visible' })
    // columns: 序号, 承办部门, 事项编码, 事项名称, 权力类型, 案件数, 派单数
    expect(((await row.locator('td').nth(5).textContent()) ?? '').trim()).toBe(String(counted))
    await screenshot(office, 'basis-02-report')
    const [download] = await Promise.all([office.waitForEvent('download'), office.getByTestId('basis-report-export').click()])
    expect(download.suggestedFilename()).toMatch(/^办理依据报表_清河区生态环境局_\d{8}\.xlsx$/)
    await office.context().close()
  })
})
