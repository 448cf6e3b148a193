import {
  DutyChangeStatus,
  DutyRole,
  Role,
  UnitKind,
  type DutyFilter,
  type StaffingFiguresFieldsFragment,
} from '@/api/generated/graphql'

/** The pure parts of the mandate page (部门“三定”): tags, filters, staffing figures and their changes. */

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** 主体 / 牵头 / 配合 */
export function roleTag(role: DutyRole): TagType {
  switch (role) {
    case DutyRole.LEAD_BODY:
      return 'primary'
    case DutyRole.LEAD:
      return 'success'
    case DutyRole.SUPPORT:
      return 'info'
  }
}

/** Transfers stand out (划转职责 are the supervision focus); cancelled duties are greyed. */
export function changeStatusTag(status: DutyChangeStatus): TagType {
  switch (status) {
    case DutyChangeStatus.TRANSFERRED_IN:
    case DutyChangeStatus.TRANSFERRED_OUT:
      return 'danger'
    case DutyChangeStatus.ADDED:
    case DutyChangeStatus.STRENGTHENED:
      return 'warning'
    case DutyChangeStatus.CANCELLED:
    case DutyChangeStatus.UNCHANGED:
      return 'info'
  }
}

export function isTransfer(status: DutyChangeStatus): boolean {
  return status === DutyChangeStatus.TRANSFERRED_IN || status === DutyChangeStatus.TRANSFERRED_OUT
}

/** The duty filter form as the page keeps it. */
export interface DutyFilterForm {
  role: DutyRole | null
  changeStatus: DutyChangeStatus | null
  transferredOnly: boolean
}

export function emptyDutyFilter(): DutyFilterForm {
  return { role: null, changeStatus: null, transferredOnly: false }
}

/** The API filter: only what is set. */
export function buildDutyFilter(form: DutyFilterForm): DutyFilter {
  return {
    ...(form.role ? { role: form.role } : {}),
    ...(form.changeStatus ? { changeStatus: form.changeStatus } : {}),
    ...(form.transferredOnly ? { transferredOnly: true } : {}),
  }
}

/** Units that have a mandate (the backend answers NOT_FOUND for others). */
const WITH_MANDATE: readonly UnitKind[] = [
  UnitKind.GOVERNMENT_DEPARTMENT,
  UnitKind.PARTY_DEPARTMENT,
  UnitKind.MASS_ORGANISATION,
  UnitKind.PUBLIC_INSTITUTION,
  UnitKind.TOWNSHIP,
]

export function hasMandate(kind: UnitKind): boolean {
  return WITH_MANDATE.includes(kind)
}

/** Only the establishment office maintains mandates; the backend also checks the region. */
export function canEditMandate(roles: readonly Role[]): boolean {
  return roles.includes(Role.ESTABLISHMENT_OFFICE)
}

export type FigureKey = keyof StaffingFiguresFieldsFragment

/** The staffing figures in display order. */
export const FIGURE_KEYS: readonly FigureKey[] = [
  'administrativePosts',
  'institutionalPosts',
  'serviceWorkerPosts',
  'leaderPosts',
  'actualHeadcount',
]

/** 核定编制总数: approved posts of all types. */
export function totalPosts(f: StaffingFiguresFieldsFragment): number {
  return f.administrativePosts + f.institutionalPosts + f.serviceWorkerPosts
}

/** 空编数: approved posts not filled (negative when over-staffed). */
export function vacancies(f: StaffingFiguresFieldsFragment): number {
  return totalPosts(f) - f.actualHeadcount
}

export interface FigureChange {
  key: FigureKey
  before: number | null
  after: number
}

/** What a history record changed; every figure when it is the first approval. */
export function figureChanges(
  before: StaffingFiguresFieldsFragment | null | undefined,
  after: StaffingFiguresFieldsFragment,
): FigureChange[] {
  return FIGURE_KEYS.filter((key) => !before || before[key] !== after[key]).map((key) => ({
    key,
    before: before ? before[key] : null,
    after: after[key],
  }))
}

/** The staffing form; numbers stay strings while typed. */
export type StaffingForm = Record<FigureKey, number | null> & { documentNo: string; reason: string; effectiveDate: string }

export type StaffingField = FigureKey | 'documentNo' | 'reason' | 'effectiveDate'

/** Client-side checks mirroring the server's, keyed by field; the values are i18n keys. */
export function validateStaffing(form: StaffingForm): Partial<Record<StaffingField, string>> {
  const errors: Partial<Record<StaffingField, string>> = {}
  for (const key of FIGURE_KEYS) {
    const value = form[key]
    if (value === null || !Number.isInteger(value) || value < 0) errors[key] = 'mandates.staffing.errors.nonNegative'
  }
  const admin = form.administrativePosts ?? 0
  const institutional = form.institutionalPosts ?? 0
  if (!errors.leaderPosts && (form.leaderPosts ?? 0) > admin + institutional) {
    errors.leaderPosts = 'mandates.staffing.errors.leaderPosts'
  }
  if (form.documentNo.trim() === '') errors.documentNo = 'mandates.staffing.errors.required'
  if (form.reason.trim() === '') errors.reason = 'mandates.staffing.errors.required'
  return errors
}

/** The server's field name (input.leaderPosts) as the form's. */
export function staffingFieldForError(field: string | null | undefined): StaffingField | null {
  const name = field?.replace(/^input\./, '') ?? ''
  const known: readonly string[] = [...FIGURE_KEYS, 'documentNo', 'reason', 'effectiveDate']
  return known.includes(name) ? (name as StaffingField) : null
}
