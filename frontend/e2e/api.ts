import type { Browser, Page } from 'playwright-core'
import { gqlAs, openDesktopAs } from './support'

/** One GraphQL call as a demo user; fails the test on any error. */
export const gql = gqlAs

export async function unitId(code: string): Promise<string> {
  const data = await gql<{ unitByCode: { id: string } }>('lingdao', 'query($c: String!) { unitByCode(code: $c) { id } }', { c: code })
  return data.unitByCode.id
}

export async function caseVersion(id: string): Promise<number> {
  return (await gql<{ case: { version: number } }>('lingdao', 'query($id: ID!) { case(id: $id) { version } }', { id })).case.version
}

/** Signs in on the desktop as this demo user and opens the page at `path`; `shot` names the login screenshot. */
export async function openAs(browser: Browser, username: string, path: string, shot: string): Promise<Page> {
  return openDesktopAs(browser, username, path, `${shot}-login-${username}`)
}

export async function caseStatus(page: Page): Promise<string> {
  return ((await page.getByTestId('case-status').textContent()) ?? '').trim()
}

/** Accepts the case as the district command centre, dispatches it to 生态环境局 (lead), which signs for it; the lead's id. */
export async function signedByEnvironmentBureau(caseId: string): Promise<string> {
  await gql('zhihui', 'mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { case { id } } }', { i: { caseId } })
  const dispatched = await gql<{ dispatchCase: { dispatches: { id: string }[] } }>('zhihui',
    'mutation($i: DispatchCaseInput!) { dispatchCase(input: $i) { dispatches { id } } }',
    { i: { caseId, caseVersion: await caseVersion(caseId), targets: [{ unitId: await unitId('JZ-QH-D10'), role: 'LEAD' }] } })
  const lead = dispatched.dispatchCase.dispatches[0]?.id ?? ''
  await gql('huanjing', 'mutation($i: SignDispatchInput!) { signDispatch(input: $i) { dispatch { id } } }', { i: { dispatchId: lead } })
  return lead
}
