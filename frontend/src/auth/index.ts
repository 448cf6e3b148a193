let signOutImpl: (() => Promise<void>) | undefined

/** Registers how to end the session (set once the user is signed in). */
export function setSignOut(fn: () => Promise<void>): void {
  signOutImpl = fn
}

/** Ends the Keycloak session and returns to the login page. */
export async function logout(): Promise<void> {
  await signOutImpl?.()
}
