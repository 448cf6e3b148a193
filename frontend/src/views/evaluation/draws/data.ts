import { DrawStatus, Role } from '@/api/generated/graphql'

/** Only 编办 runs draws and keeps the inspector register. */
export function managesDraws(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

/** 编办 and leaders read every draw whole and the register; a drawn unit reads its own result only. */
export function readsWholeDraws(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE) || roles.includes(Role.LEADER)
}

/** The tag colour of a draw's status. */
export function statusType(status: DrawStatus): 'info' | 'warning' | 'success' | 'danger' {
  switch (status) {
    case DrawStatus.DRAFT:
      return 'info'
    case DrawStatus.FROZEN:
      return 'warning'
    case DrawStatus.DRAWN:
      return 'success'
    default:
      return 'danger'
  }
}

/** The first characters of a SHA-256 hash, enough to compare by eye; the full one is in the tooltip. */
export function shortHash(hash: string | null | undefined): string {
  return hash ? `${hash.slice(0, 12)}…` : ''
}

/** What 编办 may do next with a draw in this status. */
export function nextActions(status: DrawStatus, seeded: boolean): Array<'freeze' | 'seed' | 'run' | 'cancel'> {
  switch (status) {
    case DrawStatus.DRAFT:
      return ['freeze', 'cancel']
    case DrawStatus.FROZEN:
      return seeded ? ['run', 'cancel'] : ['seed', 'cancel']
    case DrawStatus.DRAWN:
      return ['cancel']
    default:
      return []
  }
}
