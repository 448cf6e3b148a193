import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, phoneContext, PHOTO, screenshot, signInOnKeycloakPage } from './support'

/** Signs in on the desktop as this demo user and opens the case at `path`. */
async function openAs(browser: Browser, username: string, path: string): Promise<Page> {
  const context = await browser.newContext(desktopContext)
  const page = await context.newPage()
  await page.goto(`${BASE_URL}${path}`)
  await signInOnKeycloakPage(page, username, `cases-login-${username}`)
  await page.getByTestId('user-display-name').waitFor({ state: 'visible' })
  return page
}

async function caseStatus(page: Page): Promise<string> {
  return ((await page.getByTestId('case-status').textContent()) ?? '').trim()
}

describe('“一件事”: a grid worker reports, the command centres accept and dispatch, the department replies, the dispatcher rates', () => {
  let browser: Browser
  const title = `工地夜间施工噪声扰民E2E${Date.now()}`

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('runs the whole chain in the real browser, and the discipline office sees the 不满意 case', async () => {
    // 1. The grid worker reports from a phone, losing the network on the way: the report waits on the phone.
    const phone = await browser.newContext(phoneContext)
    const mobile = await phone.newPage()
    await mobile.goto(`${BASE_URL}/m/cases/new`)
    await signInOnKeycloakPage(mobile, 'wanggeyuan', 'cases-01-keycloak-login')
    await mobile.getByTestId('pick-category').waitFor({ state: 'visible' })
    await mobile.getByTestId('pick-category').tap()
    await mobile.locator('.van-tab', { hasText: '职责边界清单' }).tap()
    const search = mobile.locator('.van-popup .van-search input')
    await search.fill('建筑工地噪声')
    await search.press('Enter')
    await mobile.locator('.van-popup .van-cell', { hasText: '建筑工地噪声污染监管' }).first().tap()
    await mobile.getByTestId('case-title').locator('input').fill(title)
    await mobile.getByTestId('case-description').locator('textarea').fill('清河社区某工地连续三晚23点后仍在施工，居民反映强烈。')
    await mobile.getByTestId('case-address').locator('input').fill('清河街道清河社区建设路18号')
    await mobile.locator('.van-uploader__input').setInputFiles(PHOTO)
    await mobile.locator('.van-uploader__preview').first().waitFor({ state: 'visible' })
    await phone.setOffline(true)
    await mobile.getByTestId('submit-report').tap()
    await mobile.getByTestId('outbox-notice').waitFor({ state: 'visible', timeout: 15_000 })
    await screenshot(mobile, 'cases-02-offline-waiting')
    await phone.setOffline(false)
    await mobile.getByTestId('outbox-notice').waitFor({ state: 'hidden', timeout: 30_000 })
    await mobile.goto(`${BASE_URL}/m/cases`)
    const mine = mobile.getByTestId('my-cases').locator('.van-cell', { hasText: title })
    await mine.waitFor({ state: 'visible', timeout: 15_000 })
    expect(await mine.count()).toBe(1)
    expect(await mine.getByTestId('case-status').textContent()).toContain('已上报')
    await screenshot(mobile, 'cases-03-my-reports')
    await phone.close()

    // 2. The township command room finds it among 待受理 and accepts it.
    const room = await openAs(browser, 'zhihuishi', '/cases')
    await room.getByTestId('case-quick').locator('label', { hasText: '待受理' }).click()
    await room.getByTestId('case-table').locator('.el-table__row', { hasText: title }).click()
    await room.waitForURL(/\/cases\/\d+$/)
    const casePath = new URL(room.url()).pathname
    // the photo taken on the phone travelled with the report
    await room.getByTestId('photo-strip').locator('img').first().waitFor({ state: 'visible', timeout: 15_000 })
    await room.getByTestId('case-accept').click()
    await room.getByTestId('case-text-submit').click()
    await expect.poll(() => caseStatus(room)).toBe('已受理')
    await room.context().close()

    // 3. The district command centre dispatches as the boundary list says: 生态环境局 leads, 城市管理局 co-operates.
    const centre = await openAs(browser, 'zhihui', casePath)
    await centre.getByTestId('case-dispatch').click()
    const dialog = centre.getByTestId('dispatch-dialog')
    await dialog.getByText('清河区生态环境局').first().waitFor({ state: 'visible' })
    await dialog.getByTestId('dispatch-instructions').fill('请牵头核查，三日内反馈')
    await screenshot(centre, 'cases-04-dispatch-suggested')
    await dialog.getByTestId('dispatch-submit').click()
    await expect.poll(() => caseStatus(centre)).toBe('已派单')
    expect(await centre.locator('.hop', { hasText: '清河区城市管理局' }).count()).toBe(1)
    await centre.context().close()

    // 4. 生态环境局 signs for it and replies.
    const department = await openAs(browser, 'huanjing', casePath)
    const hop = department.locator('.hop', { hasText: '→ 清河区生态环境局' })
    await hop.getByTestId('dispatch-sign').click()
    await hop.getByTestId('dispatch-reply').click()
    await department.getByTestId('case-text').fill('已现场监测并立案查处，责令夜间停工')
    await department.getByTestId('case-text-submit').click()
    await expect.poll(async () => (await hop.textContent()) ?? '').toContain('已现场监测并立案查处')
    // the handler never rates itself
    expect(await hop.getByTestId('dispatch-rate').count()).toBe(0)
    await department.context().close()

    // 5. The dispatcher (谁派单、谁评价) rates it 不满意, which needs a comment.
    const rater = await openAs(browser, 'zhihui', casePath)
    const rated = rater.locator('.hop', { hasText: '→ 清河区生态环境局' })
    await rated.getByTestId('dispatch-rate').click()
    const rate = rater.getByTestId('rate-dialog')
    await rate.getByTestId('rate-level').locator('label', { hasText: '不满意' }).click()
    await rate.getByTestId('rate-submit').click()
    await rate.getByText('评价为不满意时须填写意见').waitFor({ state: 'visible' })
    await rate.getByTestId('rate-comment').fill('次日仍有施工，问题未解决')
    await rate.getByTestId('rate-submit').click()
    await expect.poll(async () => (await rated.textContent()) ?? '').toContain('次日仍有施工')
    await screenshot(rater, 'cases-05-rated')
    await rater.context().close()

    // 6. The discipline office sees the 不满意 case with its whole trail.
    const discipline = await openAs(browser, 'jiwei', casePath)
    await discipline.getByTestId('case-timeline').waitFor({ state: 'visible' })
    expect(await discipline.locator('.hop', { hasText: '→ 清河区生态环境局' }).textContent()).toContain('不满意')
    expect(await discipline.getByTestId('case-timeline').textContent()).toContain('办结反馈')
    await screenshot(discipline, 'cases-06-discipline')

    // 7. It prints the case as a 事件处置单: the chain with the reply and the 不满意 rating on one sheet.
    await discipline.getByTestId('case-print-open').click()
    await discipline.waitForURL(/\/cases\/\d+\/print$/, { timeout: 15_000 })
    const sheet = discipline.getByTestId('case-print')
    await expect.poll(async () => (await sheet.textContent()) ?? '', { timeout: 15_000 }).toContain('事件处置单')
    const printed = (await sheet.textContent()) ?? ''
    expect(printed).toContain('已现场监测并立案查处')
    expect(printed).toContain('次日仍有施工')
    expect(printed).toContain('清河区生态环境局')
    await screenshot(discipline, 'cases-07-print-sheet')
    await discipline.context().close()

    // 8. The centre downloads the case list it filters as .xlsx.
    const board = await openAs(browser, 'zhihui', '/cases')
    await board.getByTestId('case-table').waitFor({ state: 'visible' })
    const [download] = await Promise.all([board.waitForEvent('download'), board.getByTestId('case-export').click()])
    expect(download.suggestedFilename()).toMatch(/^案件清单_\d{8}\.xlsx$/)
    await board.context().close()
  })
})
