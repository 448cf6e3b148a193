import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { gqlAs, launchBrowser, networkQuiet, openDesktopAs, screenshot, trackRequests } from './support'

/** The ledger table's row holding this problem. */
function row(page: Page, text: string) {
  return page.locator('[data-testid="ledger-table"] .el-table__body tr', { hasText: text }).first()
}

/** Opens the ledger page as a user and the item's drawer from its row. */
async function openItem(browser: Browser, user: string, text: string, shot: string): Promise<Page> {
  const page = await openDesktopAs(browser, user, '/evaluation/ledger', shot)
  trackRequests(page)
  await expect.poll(() => row(page, text).count(), { timeout: 20_000 }).toBe(1)
  await row(page, text).click()
  await page.getByTestId('ledger-item-state').waitFor()
  await networkQuiet(page)
  return page
}

async function stateShown(page: Page): Promise<string | undefined> {
  return (await page.getByTestId('ledger-item-state').textContent())?.trim()
}

describe('整改台账: an item goes OPEN → RECTIFIED → VERIFIED → CLOSED in the browser', () => {
  let browser: Browser
  const stamp = Date.now()
  const problem = `E2E执法案卷归档不及时${stamp}`
  const action = `补齐案卷归档${stamp}`

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('walks an item from open to closed', async () => {
    // 编办 opens an item for 生态环境局 (JZ-QH-D10) with one action, through the API
    const unit = await gqlAs<{ unitByCode: { id: string } }>('bianban', 'query { unitByCode(code: "JZ-QH-D10") { id } }', {})
    // in a round of the demo that evaluates 生态环境局, so the item's 关联对象 links to the round
    const rounds = await gqlAs<{ evaluationRounds: { edges: { node: { id: string; name: string; units: { unit: { code: string } }[] } }[] } }>(
      'bianban', 'query { evaluationRounds(first: 50) { edges { node { id name units { unit { code } } } } } }', {})
    const round = rounds.evaluationRounds.edges.map((e) => e.node).find((r) => r.units.some((u) => u.unit.code === 'JZ-QH-D10'))
    expect(round).toBeDefined()
    await gqlAs('bianban', 'mutation($i: OpenLedgerItemInput!) { openLedgerItem(input: $i) { item { id state } } }', {
      i: { unitId: unit.unitByCode.id, roundId: round?.id, source: 'OTHER', description: problem, actions: [action] },
    })

    // the department marks the action done and rectifies with evidence
    const huanjing = await openItem(browser, 'huanjing', problem, 'ledger-01-keycloak-login')
    expect(await stateShown(huanjing)).toBe('待整改')
    await huanjing.getByTestId('ledger-action').filter({ hasText: action }).click()
    await expect.poll(() => huanjing.getByTestId('ledger-action').filter({ hasText: action }).locator('.is-checked').count(),
      { timeout: 15_000 }).toBe(1)
    await networkQuiet(huanjing)
    // el-input puts the test id on the textarea itself
    await huanjing.locator('textarea[data-testid="ledger-evidence"]').fill('已补齐全部案卷并建立归档提醒制度')
    await huanjing.getByTestId('ledger-rectify-submit').click()
    await expect.poll(() => stateShown(huanjing), { timeout: 15_000 }).toBe('已整改')
    await screenshot(huanjing, 'ledger-02-rectified')

    // 编办 verifies (有效) and closes (销户)
    const bianban = await openItem(browser, 'bianban', problem, 'ledger-03-keycloak-login')
    expect(await stateShown(bianban)).toBe('已整改')
    await bianban.getByTestId('ledger-rating').getByText('有效', { exact: true }).click()
    await bianban.getByTestId('ledger-verify-submit').click()
    await expect.poll(() => stateShown(bianban), { timeout: 15_000 }).toBe('已核验')
    await networkQuiet(bianban)
    await bianban.getByTestId('ledger-close').click()
    await bianban.locator('.el-message-box').getByRole('button', { name: /确定|OK/ }).click()
    await expect.poll(() => stateShown(bianban), { timeout: 15_000 }).toBe('已销户')
    await expect.poll(async () => (await row(bianban, problem).getByTestId('ledger-row-state').textContent())?.trim(),
      { timeout: 15_000 }).toBe('已销户')
    await screenshot(bianban, 'ledger-04-closed')

    // 关联对象: the item links to its round, and the link opens the round's page
    const roundLink = bianban.getByTestId('ledger-link-round')
    expect((await roundLink.textContent())?.trim()).toBe(round?.name)
    await roundLink.click()
    await bianban.waitForURL(`**/evaluation/rounds/${round?.id}`, { timeout: 15_000 })
    await networkQuiet(bianban)
    await screenshot(bianban, 'ledger-05-round-from-link')
  })
})
