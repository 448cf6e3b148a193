import { useI18n } from 'vue-i18n'
import type { Role, UnitCategory, UnitKind, UnitLevel } from '@/api/generated/graphql'
import { enumLabelKey, sortRoles } from './labels'

/** Localised labels of the API enums, re-evaluated when the locale changes. */
export function useLabels() {
  const { t } = useI18n()
  return {
    role: (role: Role) => t(enumLabelKey('Role', role)),
    roles: (roles: readonly Role[]) => sortRoles(roles).map((role) => t(enumLabelKey('Role', role))),
    unitKind: (kind: UnitKind) => t(enumLabelKey('UnitKind', kind)),
    unitLevel: (level: UnitLevel) => t(enumLabelKey('UnitLevel', level)),
    unitCategory: (category: UnitCategory | null) =>
      category ? t(enumLabelKey('UnitCategory', category)) : t('common.none'),
  }
}
