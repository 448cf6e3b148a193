import { expect } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { BASE_URL, DEMO_PASSWORD, desktopContext, signInOnKeycloakPage } from './support'

/** A token of a demo user through the local CLI client (password grant), from the Keycloak the app names. */
export async function token(username: string): Promise<string> {
  const config = (await (await fetch(`${BASE_URL}/api/client-config`)).json()) as { authServerUrl: string; realm: string }
  const base = config.authServerUrl.replace(/\/$/, '')
  const url = base.includes('/realms/') ? `${base}/protocol/openid-connect/token` : `${base}/realms/${config.realm}/protocol/openid-connect/token`
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'lvzhi-cli', username, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { access_token: string }).access_token
}

/** One GraphQL call as a demo user; fails the test on any error. */
export async function gql<T>(username: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await token(username)}` },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as { data: T; errors?: unknown[] }
  expect(body.errors).toBeUndefined()
  return body.data
}

export async function unitId(code: string): Promise<string> {
  const data = await gql<{ unitByCode: { id: string } }>('lingdao', 'query($c: String!) { unitByCode(code: $c) { id } }', { c: code })
  return data.unitByCode.id
}

export async function caseVersion(id: string): Promise<number> {
  return (await gql<{ case: { version: number } }>('lingdao', 'query($id: ID!) { case(id: $id) { version } }', { id })).case.version
}

/** Signs in on the desktop as this demo user and opens the page at `path`; `shot` names the login screenshot. */
export async function openAs(browser: Browser, username: string, path: string, shot: string): Promise<Page> {
  const context = await browser.newContext(desktopContext)
  const page = await context.newPage()
  await page.goto(`${BASE_URL}${path}`)
  await signInOnKeycloakPage(page, username, `${shot}-login-${username}`)
  await page.getByTestId('user-display-name').waitFor({ state: 'visible' })
  return page
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
