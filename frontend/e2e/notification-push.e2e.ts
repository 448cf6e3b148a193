import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { BASE_URL, desktopContext, gqlAs, launchBrowser, screenshot, signInOnKeycloakPage } from './support'

/** Signs in on the desktop as this demo user and opens the page at `path`. */
async function openAs(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await browser.newContext(desktopContext)
  const page = await context.newPage()
  await page.goto(`${BASE_URL}${path}`)
  await signInOnKeycloakPage(page, username, `push-login-${username}`)
  await page.getByTestId('user-display-name').waitFor({ state: 'visible' })
  return page
}

/** The bell's unread count: the badge's number, 0 while the badge is hidden (or not rendered at all). */
async function badge(page: Page): Promise<number> {
  const sup = page.getByTestId('notification-bell').locator('sup:visible')
  if ((await sup.count()) === 0) return 0
  const text = ((await sup.first().textContent()) ?? '').trim()
  return text === '' ? 0 : Number.parseInt(text, 10)
}

describe('消息推送: a dispatch in one browser appears in the receiving department’s bell without a reload', () => {
  let browser: Browser
  const title = `推送E2E${Date.now()}`
  let casePath = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    // a case under the boundary item whose list names 生态环境局, reported and accepted through the API
    const items = await gqlAs<{ listItems: { edges: { node: { id: string } }[] } }>('lingdao',
      'query($w: String) { listItems(filter: {kind: BOUNDARY, keyword: $w}, first: 1) { edges { node { id } } } }',
      { w: '建筑工地噪声污染监管' })
    const reported = await gqlAs<{ reportCase: { case: { id: string } } }>('wanggeyuan',
      'mutation($i: ReportCaseInput!) { reportCase(input: $i) { case { id } } }',
      { i: { title, description: '建设路工地夜间施工，噪声扰民。', categoryItemId: items.listItems.edges[0]?.node.id,
        address: '清河街道清河社区建设路18号', clientKey: `push-e2e-${Date.now()}` } })
    const id = reported.reportCase.case.id
    await gqlAs('zhihui', 'mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { case { id } } }', { i: { caseId: id } })
    casePath = `/cases/${id}`
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the new notification in 生态环境局’s open bell as soon as the command centre dispatches', async () => {
    // 生态环境局 has its workbench open, and reads everything so the badge starts from nothing
    await gqlAs('huanjing', 'mutation { markNotificationsRead(input: {ids: []}) { unreadCount } }', {})
    const department = await openAs(browser, 'huanjing', '/')
    await expect.poll(() => badge(department), { timeout: 15_000 }).toBe(0)
    // a marker that a reload would wipe out
    await department.evaluate(() => Object.assign(window, { openedOnce: true }))

    // the district command centre dispatches from the case page, in its own browser
    const centre = await openAs(browser, 'zhihui', casePath)
    await centre.getByTestId('case-dispatch').click()
    const dialog = centre.getByTestId('dispatch-dialog')
    await dialog.getByText('清河区生态环境局').first().waitFor({ state: 'visible' })
    await dialog.getByTestId('dispatch-instructions').fill('请牵头核查，三日内反馈')
    await dialog.getByTestId('dispatch-submit').click()
    await screenshot(centre, 'push-00-dispatched')
    await expect.poll(async () => ((await centre.getByTestId('case-status').textContent()) ?? '').trim(), { timeout: 20_000 })
      .toBe('已派单')

    // the department's bell counts it and lists it, with nobody touching that page
    await expect.poll(() => badge(department), { timeout: 20_000 }).toBeGreaterThan(0)
    expect(await department.evaluate(() => (window as unknown as { openedOnce?: boolean }).openedOnce)).toBe(true)
    await department.getByTestId('notification-bell').click()
    const entry = department.getByTestId('notification-list').locator('li', { hasText: title })
    await entry.first().waitFor({ state: 'visible', timeout: 10_000 })
    expect(await entry.first().textContent()).toContain('收到派单')
    await screenshot(department, 'push-01-bell-without-reload')

    // opening it goes to the case and counts it read
    await entry.first().click()
    await department.waitForURL(new RegExp(`${casePath}$`))
    await expect.poll(() => badge(department), { timeout: 10_000 }).toBe(0)
    await centre.context().close()
    await department.context().close()
  })
})
