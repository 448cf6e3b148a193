import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { gqlAs, launchBrowser, networkQuiet, openDesktopAs, screenshot, trackRequests } from './support'

interface Rounds {
  evaluationRounds: { edges: { node: { id: string; name: string; stage: string } }[] }
}
interface Draws {
  evaluationDraws: { edges: { node: { id: string; status: string; version: number } }[] }
}

/** This year's annual round (in progress), with any standing draw cancelled so a new one may be made: re-runnable. */
async function roundReadyForADraw(): Promise<string> {
  const rounds = await gqlAs<Rounds>('bianban', '{ evaluationRounds(first: 50) { edges { node { id name stage } } } }', {})
  const round = rounds.evaluationRounds.edges.map((e) => e.node)
    .find((r) => r.stage !== 'PUBLISHED' && r.stage !== 'DRAFT' && r.name.includes('年度'))
  if (!round) throw new Error('the demo has this year\'s annual round in progress')
  const draws = await gqlAs<Draws>('bianban', 'query($r: ID!) { evaluationDraws(roundId: $r) { edges { node { id status version } } } }',
    { r: round.id })
  for (const d of draws.evaluationDraws.edges.map((e) => e.node).filter((n) => n.status !== 'CANCELLED')) {
    await gqlAs('bianban', 'mutation($i: CancelEvaluationDrawInput!) { cancelEvaluationDraw(input: $i) { draw { id } } }',
      { i: { drawId: d.id, version: d.version, reason: '端到端测试重新抽取' } })
  }
  return round.id
}

describe('双随机: 编办 runs a draw in the browser and verifies it', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('defines, freezes (hash shown before the seed), seeds, draws and verifies: 一致', async () => {
    const roundId = await roundReadyForADraw()
    const page = await openDesktopAs(browser, 'bianban', `/evaluation/draws?round=${roundId}`, 'draw-01-login')
    trackRequests(page)
    await page.getByTestId('create-draw').click()
    const dialog = page.getByTestId('create-draw-dialog')
    await dialog.locator('.el-table__body tr').first().waitFor()
    await dialog.getByTestId('create-draw-save').click()
    await dialog.waitFor({ state: 'hidden' })

    const row = page.locator('[data-testid="draws-table"] .el-table__body tr', { hasText: '定义中' }).first()
    await row.getByRole('button', { name: '冻结名单' }).click()
    await networkQuiet(page)
    const frozen = page.locator('[data-testid="draws-table"] .el-table__body tr', { hasText: '已冻结' }).first()
    await frozen.waitFor()
    await screenshot(page, 'draw-02-frozen')

    await frozen.getByRole('button', { name: '确定种子' }).click()
    const box = page.locator('.el-message-box')
    await box.locator('input').fill(`端到端种子${Date.now()}`)
    await box.getByRole('button', { name: '使用录入的种子' }).click()
    await networkQuiet(page)
    await frozen.getByRole('button', { name: '抽取' }).click()

    await page.getByTestId('drawn-units').waitFor()
    await expect.poll(async () => (await page.getByTestId('draw-status').textContent())?.trim(), { timeout: 15_000 }).toBe('已抽取')
    expect(await page.locator('[data-testid="drawn-units"] .el-table__body tr').count()).toBeGreaterThan(0)
    await page.getByTestId('verify-draw').click()
    await expect.poll(async () => (await page.getByTestId('verify-overall').textContent())?.trim(), { timeout: 15_000 }).toBe('一致')
    expect((await page.getByTestId('verify-hash').textContent())?.trim()).toBe('一致')
    expect(await page.getByTestId('verify-step').count()).toBeGreaterThan(0)
    await screenshot(page, 'draw-03-verified')
  })
})
