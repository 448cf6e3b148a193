import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { caseStatus, gql, openAs, signedByEnvironmentBureau } from './api'
import { launchBrowser, screenshot } from './support'

describe('重办 and 回访: the command centre records a 不满意 return visit on a closed case, reopens it and dispatches the new round', () => {
  let browser: Browser
  let casePath = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    // a closed case through the API: reported under the boundary item, dispatched to 生态环境局, replied, rated 满意, closed
    const items = await gql<{ listItems: { edges: { node: { id: string } }[] } }>('lingdao',
      'query($w: String) { listItems(filter: {kind: BOUNDARY, keyword: $w}, first: 1) { edges { node { id } } } }', { w: '建筑工地噪声' })
    const stamp = Date.now()
    const reported = await gql<{ reportCase: { case: { id: string } } }>('wanggeyuan',
      'mutation($i: ReportCaseInput!) { reportCase(input: $i) { case { id } } }',
      { i: { title: `重办E2E${stamp}`, description: '工地夜间施工噪声扰民，居民多次投诉。', categoryItemId: items.listItems.edges[0]?.node.id,
        address: '清河街道清河社区建设路18号', clientKey: `reopen-e2e-${stamp}` } })
    const id = reported.reportCase.case.id
    const lead = await signedByEnvironmentBureau(id)
    await gql('huanjing', 'mutation($i: ReplyDispatchInput!) { replyDispatch(input: $i) { dispatch { id } } }',
      { i: { dispatchId: lead, text: '已责令工地停止夜间施工' } })
    await gql('zhihui', 'mutation($i: RateDispatchInput!) { rateDispatch(input: $i) { rating { id } } }',
      { i: { dispatchId: lead, level: 'SATISFIED' } })
    await gql('zhihui', 'mutation($i: CloseCaseInput!) { closeCase(input: $i) { case { id } } }', { i: { caseId: id } })
    casePath = `/cases/${id}`
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('visits, reopens with a reason and dispatches round 2 while round 1 stays as it was', async () => {
    const centre = await openAs(browser, 'zhihui', casePath, 'reopen')
    await expect.poll(() => caseStatus(centre), { timeout: 20_000 }).toBe('已结案')

    // 1. 回访: the reporter is not satisfied, which needs a note; saving it offers to reopen the case.
    await centre.getByTestId('case-visit').click()
    const visit = centre.getByTestId('visit-dialog')
    await visit.getByText('电话回访').click()
    await visit.getByTestId('visit-satisfaction').getByText('不满意').click()
    await visit.getByTestId('visit-submit').click()
    await visit.getByText('群众不满意时须填写回访情况').waitFor({ state: 'visible' })
    await visit.getByTestId('visit-note').fill('报告人反映夜间施工又恢复')
    await screenshot(centre, 'reopen-01-visit')
    await visit.getByTestId('visit-submit').click()
    const offer = centre.locator('.el-message-box')
    await offer.getByText('回访结果为不满意，是否重办该事件？').waitFor({ state: 'visible' })
    await offer.getByRole('button', { name: '重办', exact: true }).click()

    // 2. 重办 with a reason: the case is accepted again, in its second round.
    const reopen = centre.getByTestId('reopen-dialog')
    await reopen.getByTestId('reopen-reason').waitFor({ state: 'visible' })
    await reopen.getByTestId('reopen-reason').fill('回访不满意，夜间施工仍在继续')
    await screenshot(centre, 'reopen-02-reason')
    await reopen.getByTestId('reopen-submit').click()
    await expect.poll(() => caseStatus(centre), { timeout: 20_000 }).toBe('已受理')
    await expect.poll(async () => (await centre.getByTestId('case-reopen-count').textContent()) ?? '', { timeout: 20_000 }).toContain('已重办 1 次')
    expect((await centre.getByTestId('case-visits').textContent()) ?? '').toContain('报告人反映夜间施工又恢复')
    expect(await centre.getByTestId('case-reopen').count()).toBe(0)

    // 3. The new round is dispatched as the list item suggests; the first round's hop stays, rated and without actions.
    await centre.getByTestId('case-dispatch').click()
    const dialog = centre.getByTestId('dispatch-dialog')
    await dialog.getByText('清河区生态环境局').first().waitFor({ state: 'visible' })
    await dialog.getByTestId('dispatch-instructions').fill('重办：请重新核查并彻底整改')
    await dialog.getByTestId('dispatch-submit').click()
    await expect.poll(() => caseStatus(centre), { timeout: 20_000 }).toBe('已派单')
    await centre.getByTestId('dispatch-round-1').waitFor({ state: 'visible' })
    await centre.getByTestId('dispatch-round-2').waitFor({ state: 'visible' })
    const hops = centre.locator('.hop', { hasText: '→ 清河区生态环境局' })
    expect(await hops.count()).toBe(2)
    expect(await hops.first().getByRole('button').count()).toBe(0)
    expect((await hops.first().textContent()) ?? '').toContain('满意')

    // 4. The timeline tells it: 回访, then 重办 with its reason, then the new dispatch.
    const timeline = (await centre.getByTestId('case-timeline').textContent()) ?? ''
    expect(timeline).toContain('回访')
    expect(timeline).toContain('重办')
    expect(timeline.indexOf('回访')).toBeLessThan(timeline.lastIndexOf('重办'))
    expect(timeline).toContain('回访不满意，夜间施工仍在继续')
    await screenshot(centre, 'reopen-03-round-two')
    await centre.context().close()
  })
})
