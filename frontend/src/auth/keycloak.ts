import Keycloak from 'keycloak-js'
import type { ClientConfig } from './clientConfig'

/** Signs the user in through the Keycloak login page (authorization code + PKCE); resolves once signed in. */
export async function signIn(config: ClientConfig, locale: string): Promise<Keycloak> {
  const keycloak = new Keycloak({ url: config.authServerUrl, realm: config.realm, clientId: config.clientId })
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    locale,
  })
  return keycloak
}

export function signOut(keycloak: Keycloak): Promise<void> {
  return keycloak.logout({ redirectUri: `${window.location.origin}/` })
}
