import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { gqlAs, launchBrowser, networkQuiet, openDesktopAs, screenshot, trackRequests } from './support'

/**
 * 五个一 一次函调 answered from the browser: in last year's published demo round, where the 双随机 draw took 生态环境局
 * (JZ-QH-D10), 编办 writes a letter addressed to the bureau itself (through the API); the bureau's user opens it among
 * the letters addressed to it, records the reply, and 编办 then reads it replied. A stamp in the subject keeps runs apart.
 */
describe('五个一: a drawn unit answers its 函调', () => {
  let browser: Browser
  const stamp = Date.now()
  const replyText = `经自查，年度内无行政执法案件被撤销情形（E2E${stamp}）`

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser.close()
  })

  it('编办 writes the letter, 生态环境局 replies in the UI, 编办 sees the reply', async () => {
    const lastYear = new Date().getFullYear() - 1
    const rounds = await gqlAs<{ evaluationRounds: { edges: { node: { id: string; name: string; stage: string } }[] } }>(
      'bianban', 'query { evaluationRounds(first: 50) { edges { node { id name stage } } } }', {})
    const round = rounds.evaluationRounds.edges.map((e) => e.node)
      .find((r) => r.name === `清河区${lastYear}年度机关职能运行评估` && r.stage === 'PUBLISHED')
    expect(round, 'last year\'s published annual round').toBeDefined()
    const unit = await gqlAs<{ unitByCode: { id: string } }>('bianban', 'query { unitByCode(code: "JZ-QH-D10") { id } }', {})
    const due = new Date(Date.now() + 7 * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10)
    const issued = await gqlAs<{ issueFieldworkInquiryLetter: { letter: { id: string; letterNo: string } } }>('bianban', `
      mutation($i: IssueFieldworkInquiryLetterInput!) { issueFieldworkInquiryLetter(input: $i) { letter { id letterNo } } }`, {
      i: {
        roundId: round?.id, unitId: unit.unitByCode.id, addresseeUnitId: unit.unitByCode.id,
        subject: `执法案件办理情况核查${stamp}`, questions: ['年度内是否存在行政执法案件被撤销的情形？'], replyDueOn: due,
      },
    })
    const { id, letterNo } = issued.issueFieldworkInquiryLetter.letter
    expect(letterNo).toMatch(/^.编函〔\d{4}〕\d+号$/)

    const page = await openDesktopAs(browser, 'huanjing', '/evaluation/fieldwork', 'five-ones-login')
    trackRequests(page)
    const inbox = page.getByTestId('fieldwork-inbox')
    await inbox.getByTestId(`letter-open-${letterNo}`).click()
    const drawer = page.getByTestId('letter-drawer')
    await drawer.getByText('年度内是否存在行政执法案件被撤销的情形？').waitFor()
    await drawer.locator('textarea[data-testid="letter-reply-input"], [data-testid="letter-reply-input"] textarea').first().fill(replyText)
    await drawer.getByTestId('letter-reply-submit').click()
    await page.locator('.el-message--success', { hasText: '答复已提交' }).first().waitFor({ timeout: 15_000 })
    await networkQuiet(page)
    await expect.poll(() => drawer.getByTestId('letter-reply-text').textContent()).toBe(replyText)
    await screenshot(page, 'five-ones-replied')

    const seen = await gqlAs<{ fieldworkInquiryLetter: { replyText: string; repliedAt: string | null; overdue: boolean } }>('bianban',
      'query($id: ID!) { fieldworkInquiryLetter(id: $id) { replyText repliedAt overdue } }', { id })
    expect(seen.fieldworkInquiryLetter.replyText).toBe(replyText)
    expect(seen.fieldworkInquiryLetter.repliedAt).not.toBeNull()
    expect(seen.fieldworkInquiryLetter.overdue).toBe(false)
  })
})
