import { Role, SchemeStatus } from '@/api/generated/graphql'

/** What the scheme pages offer whom: the same rules as the backend's SchemePolicy and SchemeService. */

/** Only the establishment office builds schemes. */
export function buildsSchemes(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

/** The office's actions on a scheme: edit (a draft no round uses), activate (a draft), start a new version (otherwise). */
export function schemeActions(roles: readonly Role[], scheme: { status: SchemeStatus; editable: boolean }): ('edit' | 'activate' | 'newVersion')[] {
  if (!buildsSchemes(roles)) return []
  const actions: ('edit' | 'activate' | 'newVersion')[] = []
  if (scheme.editable) actions.push('edit')
  if (scheme.status === SchemeStatus.DRAFT) actions.push('activate')
  if (!scheme.editable) actions.push('newVersion')
  return actions
}

export function statusTag(status: SchemeStatus): 'success' | 'info' | 'warning' {
  switch (status) {
    case SchemeStatus.ACTIVE:
      return 'success'
    case SchemeStatus.DRAFT:
      return 'warning'
    default:
      return 'info'
  }
}
