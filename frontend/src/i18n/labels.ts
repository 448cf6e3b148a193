import {
  BoundaryScope,
  CaseEventKind,
  CasePriority,
  CaseSource,
  CaseStatus,
  ChangeStatus,
  ChangeType,
  CollaborationKind,
  ComparisonDifference,
  ComparisonKind,
  DisputeRung,
  DisputeStatus,
  DisputeStepKind,
  InvestigationConclusion,
  InvestigationStatus,
  ItemStatus,
  ListKind,
  PowerType,
  Role,
  UnitCategory,
  UnitKind,
  UnitLevel,
  VillageKind,
} from '@/api/generated/graphql'

/** The API enums that have a label in `locales/<locale>/enums.json`. */
export const LABELLED_ENUMS = {
  Role,
  UnitKind,
  UnitLevel,
  UnitCategory,
  ListKind,
  ItemStatus,
  PowerType,
  ChangeType,
  ChangeStatus,
  BoundaryScope,
  CollaborationKind,
  VillageKind,
  ComparisonKind,
  ComparisonDifference,
  CaseStatus,
  CaseSource,
  CasePriority,
  CaseEventKind,
  DisputeRung,
  DisputeStatus,
  DisputeStepKind,
  InvestigationStatus,
  InvestigationConclusion,
} as const
export type LabelledEnum = keyof typeof LABELLED_ENUMS
export type EnumValue<E extends LabelledEnum> = (typeof LABELLED_ENUMS)[E][keyof (typeof LABELLED_ENUMS)[E]]

export function enumLabelKey<E extends LabelledEnum>(enumName: E, value: EnumValue<E>): string {
  return `enums.${enumName}.${String(value)}`
}

/** Roles in the order the domain lists them (DOMAIN.md §7), for display. */
export const ROLE_DISPLAY_ORDER: readonly Role[] = [
  Role.ESTABLISHMENT_OFFICE,
  Role.COMMITTEE,
  Role.COMMAND_CENTRE,
  Role.DEPARTMENT,
  Role.TOWNSHIP,
  Role.GRID_WORKER,
  Role.DISCIPLINE,
  Role.ORGANISATION,
  Role.LEADER,
  Role.INTEGRATION,
]

export function sortRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)].sort((a, b) => ROLE_DISPLAY_ORDER.indexOf(a) - ROLE_DISPLAY_ORDER.indexOf(b))
}
