import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { gqlAs, launchBrowser, networkQuiet, openDesktopAs, screenshot, trackRequests } from './support'

/**
 * “1+3” form (1) 年度职能运行成效表 with evidence, from the browser: 生态环境局 (JZ-QH-D10) opens its draft in this year's
 * demo round, uploads a file on the first goal's row, saves, and after a reload sees the file listed on that row;
 * 编办 reads the same file's name through the API. A stamp in the file name keeps runs apart.
 */
describe('“1+3” form (1): evidence per row', () => {
  let browser: Browser
  const fileName = `执法检查台账E2E${Date.now()}.pdf`

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser.close()
  })

  /** The id of 生态环境局's form (1) that it may still edit (the demo keeps it in draft in this year's round). */
  async function editableOperationForm(): Promise<string> {
    const rounds = await gqlAs<{ evaluationRounds: { edges: { node: { id: string } }[] } }>(
      'huanjing', 'query { evaluationRounds(first: 50) { edges { node { id } } } }', {})
    for (const { node } of rounds.evaluationRounds.edges) {
      const forms = await gqlAs<{ evaluationForms: { edges: { node: { id: string; status: string } }[] } }>('huanjing', `
        query($r: ID!) { evaluationForms(roundId: $r, form: OPERATION_RESULTS, first: 5) { edges { node { id status } } } }`, { r: node.id })
      for (const f of forms.evaluationForms.edges.map((e) => e.node).filter((n) => n.status === 'PENDING')) {
        const form = await gqlAs<{ evaluationForm: { editable: boolean; content: { operations: unknown[] } } }>('huanjing',
          'query($id: ID!) { evaluationForm(id: $id) { editable content { operations { goalId } } } }', { id: f.id })
        if (form.evaluationForm.editable && form.evaluationForm.content.operations.length > 0) return f.id
      }
    }
    throw new Error('生态环境局 has no editable 年度职能运行成效表 with goals')
  }

  it('the unit uploads a file on a row, saves, and sees it listed after a reload', async () => {
    const id = await editableOperationForm()
    const page = await openDesktopAs(browser, 'huanjing', `/evaluation/forms/${id}`, 'forms-evidence-login')
    trackRequests(page)
    const row = page.getByTestId('operation-files-0')
    await row.waitFor({ timeout: 15_000 })
    await page.getByTestId('operation-files-0-input')
      .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${fileName}\n%%EOF\n`) })
    await expect.poll(async () => (await row.textContent()) ?? '', { timeout: 15_000 }).toContain(fileName)
    await page.getByTestId('save-form').click()
    await page.locator('.el-message--success', { hasText: '草稿已保存' }).first().waitFor({ timeout: 15_000 })
    await networkQuiet(page)

    await page.reload()
    await expect.poll(async () => (await page.getByTestId('operation-files-0').textContent()) ?? '', { timeout: 15_000 }).toContain(fileName)
    await screenshot(page, 'forms-evidence-saved')

    const read = await gqlAs<{ evaluationForm: { content: { operations: { files: { fileName: string }[] }[] } } }>('bianban',
      'query($id: ID!) { evaluationForm(id: $id) { content { operations { files { fileName } } } } }', { id })
    expect(read.evaluationForm.content.operations[0]?.files.map((f) => f.fileName)).toContain(fileName)
  })
})
