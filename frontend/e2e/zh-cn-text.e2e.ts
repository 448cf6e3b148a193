import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { BASE_URL, desktopContext, launchBrowser, networkQuiet, phoneContext, signInOnKeycloakPage, trackRequests } from './support'

/**
 * The Chinese UI shows no English: each role's main pages, as its users see them in zh-CN, hold no Latin-letter
 * word outside a short allow-list. A failure lists every offending line with its page, so a leak is found where it
 * shows (a locale key missing its Chinese, a backend message shown whole, an enum name printed raw).
 */

/**
 * Latin words a Chinese page may show, each for a reason:
 * - codes: units (JZ-QH-D10, and JZ, the demo city's own), cases (QH-20261205-0001), hotline tickets (RX-…), list
 *   items — upper-case letters and digits joined by hyphens, which people read out as they are; 统一社会信用代码
 *   (18 digits and capitals);
 * - file formats named as such (PDF, Excel, .xlsx, ZIP, CSV) and photo formats (JPG, PNG);
 * - content fingerprints: the start of an archive's SHA-256 (跟踪问效 shows 归档指纹 31c5ebdc1bd8), lower-case hex
 *   with at least one digit, 12 to 64 characters — no Chinese reader takes it for a word;
 * - E2E and the stamp after it: the marker the other end-to-end tests put in the data they create, to find it again
 *   (test data, not UI).
 */
const ALLOWED_WORDS: ReadonlySet<string> = new Set(['JZ', 'PDF', 'Excel', 'xlsx', 'XLSX', 'ZIP', 'zip', 'CSV', 'csv', 'JPG', 'PNG'])
const CODE = /^[A-Z0-9]+(?:-[A-Z0-9]+)+$/
/** 统一社会信用代码: 18 digits and capitals. */
const CREDIT_CODE = /^[0-9A-Z]{18}$/
const TEST_MARKER = /^E2E\d*$/
/** The start of a SHA-256, or all of it: lower-case hex with a digit. */
const FINGERPRINT = /^(?=[a-f]*\d)[0-9a-f]{12,64}$/
/** A run of letters and digits (hyphens inside) holding at least one Latin letter. */
const LATIN_WORD = /[0-9]*[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g

/** The Latin words of a text that are not allowed. */
export function offendingWords(text: string): string[] {
  return (text.match(LATIN_WORD) ?? []).filter((word) => !ALLOWED_WORDS.has(word) && !CODE.test(word) && !CREDIT_CODE.test(word) && !TEST_MARKER.test(word)
    && !FINGERPRINT.test(word))
}

interface Visit {
  name: string
  path: string
  /** after the page settled, e.g. open the first case of the list */
  then?: (page: Page) => Promise<void>
}

async function settle(page: Page): Promise<void> {
  await networkQuiet(page)
  await page
    .waitForFunction(
      () => Array.from(document.querySelectorAll('.el-loading-mask, .van-loading')).every((e) => (e as HTMLElement).offsetParent === null),
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => undefined)
}

/** The offending lines of the page's visible text, as "page: line". */
async function leaksOn(page: Page, name: string): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText)
  return [...new Set(text.split('\n').map((line) => line.trim()).filter((line) => offendingWords(line).length > 0))].map(
    (line) => `${name}: ${line}`,
  )
}

async function visitAs(browser: Browser, username: string, context: BrowserContextOptions, visits: Visit[]): Promise<string[]> {
  const session = await browser.newContext(context)
  const page = await session.newPage()
  trackRequests(page)
  const leaks: string[] = []
  try {
    await page.goto(`${BASE_URL}${visits[0]?.path ?? '/'}`)
    await signInOnKeycloakPage(page, username, `zh-text-login-${username}`)
    for (const visit of visits) {
      await page.goto(`${BASE_URL}${visit.path}`)
      await settle(page)
      if (visit.then) {
        await visit.then(page)
        await settle(page)
      }
      leaks.push(...(await leaksOn(page, `${username} ${visit.name}`)))
    }
  } finally {
    await session.close()
  }
  return leaks
}

/** Opens the first case of the board (the detail: dispatch chain, ratings, timeline). */
async function openFirstCase(page: Page): Promise<void> {
  const row = page.locator('[data-testid="case-table"] .el-table__row').first()
  await row.waitFor({ state: 'visible', timeout: 20_000 })
  await row.click()
  await page.getByTestId('case-timeline').waitFor({ state: 'visible', timeout: 20_000 })
}

/** Shows the board's disputed cases and opens the first (refusals and the dispute on its timeline). */
async function openFirstDisputedCase(page: Page): Promise<void> {
  await page.getByTestId('case-quick').getByText('争议', { exact: false }).first().click()
  await settle(page)
  await openFirstCase(page)
}

describe('zh-CN pages show no English outside the allow-list', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('knows what it allows', () => {
    expect(offendingWords('派往 JZ-QH-D10 生态环境局，事件 QH-20261205-0001，导出 Excel、PDF 或 清单.xlsx，12345 热线')).toEqual([])
    expect(offendingWords('所有承办单位均已退单 (every handler refused)')).toEqual(['every', 'handler', 'refused'])
    expect(offendingWords('状态 SIGNED')).toEqual(['SIGNED'])
    expect(offendingWords('江州市人民政府（JZ） 统一社会信用代码 12320999032308405B')).toEqual([])
    expect(offendingWords('归档指纹 31c5ebdc1bd8')).toEqual([])
    expect(offendingWords('decaffeinated feedbacked')).toEqual(['decaffeinated', 'feedbacked'])
    expect(offendingWords('节点 Q1 Q2')).toEqual(['Q1', 'Q2'])
    expect(offendingWords('工地夜间施工噪声扰民E2E1796488001326')).toEqual([])
  })

  it('on the desktop of the command centre, a department, 编办, the discipline office and a leader, and on the phone', async () => {
    const leaks = [
      ...(await visitAs(browser, 'zhihui', desktopContext, [
        { name: '工作台', path: '/' },
        { name: '事件列表', path: '/cases' },
        { name: '事件详情', path: '/cases', then: openFirstCase },
        { name: '争议事件详情', path: '/cases', then: openFirstDisputedCase },
        { name: '职责争议', path: '/disputes' },
        { name: '统计', path: '/statistics' },
      ])),
      ...(await visitAs(browser, 'huanjing', desktopContext, [
        { name: '工作台', path: '/' },
        { name: '事件列表', path: '/cases' },
        { name: '事件详情', path: '/cases', then: openFirstCase },
        { name: '清单', path: '/lists' },
        { name: '考评', path: '/evaluation' },
        { name: '年度目标', path: '/evaluation/goals' },
      ])),
      ...(await visitAs(browser, 'bianban', desktopContext, [
        { name: '工作台', path: '/' },
        { name: '清单', path: '/lists' },
        { name: '清单变更', path: '/lists/changes' },
        { name: '跟踪问效', path: '/tracking' },
        { name: '考评', path: '/evaluation' },
        { name: '考评结果', path: '/evaluation/results' },
        { name: '统计', path: '/statistics' },
        { name: '组织机构', path: '/org' },
        { name: '三定', path: '/mandates' },
        { name: '认领', path: '/claims' },
        { name: '比对', path: '/comparisons' },
        { name: '编制', path: '/staffing' },
      ])),
      ...(await visitAs(browser, 'jiwei', desktopContext, [
        { name: '工作台', path: '/' },
        { name: '事件列表', path: '/cases' },
        { name: '事件详情', path: '/cases', then: openFirstCase },
        { name: '问责调查', path: '/investigations' },
      ])),
      ...(await visitAs(browser, 'lingdao', desktopContext, [
        { name: '工作台', path: '/' },
        { name: '统计', path: '/statistics' },
        { name: '考评结果', path: '/evaluation/results' },
      ])),
      ...(await visitAs(browser, 'wanggeyuan', phoneContext, [
        { name: '手机首页', path: '/m' },
        { name: '我的上报', path: '/m/cases' },
        { name: '上报事件', path: '/m/cases/new' },
        { name: '组织机构', path: '/m/units' },
      ])),
      ...(await visitAs(browser, 'huanjing', phoneContext, [
        { name: '手机首页', path: '/m' },
        { name: '手机事件', path: '/m/cases' },
      ])),
    ]
    expect(leaks, `Latin text on zh-CN pages:\n${leaks.join('\n')}`).toEqual([])
  })
})
