import { CaseStatus } from '@/api/generated/graphql'

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'default'

/** The tag colour of a case's state on the phone: open work blue, done green, trouble orange/red. */
export function statusTagType(status: CaseStatus): TagType {
  switch (status) {
    case CaseStatus.CLOSED:
    case CaseStatus.COMPLETED:
      return 'success'
    case CaseStatus.DISPUTED:
      return 'danger'
    case CaseStatus.CANCELLED:
      return 'default'
    case CaseStatus.REPORTED:
      return 'warning'
    default:
      return 'primary'
  }
}
