import { CaseStatus, DispatchStatus } from '@/api/generated/graphql'
import { caseStatusTag } from '@/views/cases/actions'

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'default'

/** The tag colour of a case's state on the phone, as on the desktop (Vant calls the grey tag `default`). */
export function statusTagType(status: CaseStatus): TagType {
  const tag = caseStatusTag(status)
  return tag === 'info' ? 'default' : tag
}

/** The tag colour of a hop on the phone: refused, or open past its deadline, in red; to be signed orange; answered green. */
export function dispatchTagType(status: DispatchStatus, overdue: boolean): TagType {
  switch (status) {
    case DispatchStatus.REFUSED:
      return 'danger'
    case DispatchStatus.SENT:
      return overdue ? 'danger' : 'warning'
    case DispatchStatus.SIGNED:
      return overdue ? 'danger' : 'primary'
    case DispatchStatus.REPLIED:
    case DispatchStatus.RATED:
      return 'success'
  }
}
