const CJK = /[\u3400-\u9fff]/

/** The text of a round avatar: a Chinese name's given name (last two characters), else initials. */
export function avatarText(displayName: string): string {
  const name = displayName.trim()
  if (name === '') return ''
  if (CJK.test(name)) return [...name.replace(/\s+/g, '')].slice(-2).join('')
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('')
}
