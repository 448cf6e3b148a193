/** The pure parts of the notification bell (消息通知). */

/** The badge text: nothing at 0, the count up to 99, then 99+. */
export function badgeText(unread: number): string {
  if (unread <= 0) return ''
  return unread > 99 ? '99+' : String(unread)
}

/** Only in-app paths are followed; anything else (a full URL, protocol-relative) is ignored. */
export function safeLink(link: string): string | null {
  return link.startsWith('/') && !link.startsWith('//') ? link : null
}

/** The kinds to mute: every kind the settings list that is not ticked. */
export function mutedOf(all: string[], enabled: string[]): string[] {
  const on = new Set(enabled)
  return all.filter((kind) => !on.has(kind))
}

/** How long the bell lets a burst of pushed notifications gather before reading the list once (coalesce). */
export const PUSH_SETTLE_MS = 300
