import { CaseStatus } from '@/api/generated/graphql'
import { caseStatusTag } from '@/views/cases/actions'

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'default'

/** The tag colour of a case's state on the phone, as on the desktop (Vant calls the grey tag `default`). */
export function statusTagType(status: CaseStatus): TagType {
  const tag = caseStatusTag(status)
  return tag === 'info' ? 'default' : tag
}
