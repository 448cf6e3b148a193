import type { Unit, UnitDetail } from '@/api/org'
import type { UnitKind } from '@/api/generated/graphql'
import { enumLabelKey } from '@/i18n/labels'

/** A node of the Element Plus unit tree (`node-key="id"`, loaded lazily). */
export interface UnitTreeNode {
  id: string
  label: string
  code: string
  kind: UnitKind
  childCount: number
  isLeaf: boolean
  /** the signed-in user's own unit */
  own: boolean
}

/** How ElTree reads a UnitTreeNode. */
export const UNIT_TREE_PROPS = { label: 'label', isLeaf: 'isLeaf', children: 'children' } as const

export function toTreeNode(unit: Unit, ownUnitId: string | null = null): UnitTreeNode {
  return {
    id: unit.id,
    label: unit.name,
    code: unit.code,
    kind: unit.kind,
    childCount: unit.childCount,
    isLeaf: unit.childCount === 0,
    own: unit.id === ownUnitId,
  }
}

export type Translate = (key: string) => string

export interface DetailRow {
  key: 'name' | 'code' | 'kind' | 'level' | 'category' | 'creditCode' | 'parent' | 'childCount'
  label: string
  value: string
}

/** The rows of a unit's details, labels and enum values translated (a function so labels re-translate). */
export function unitDetailRows(unit: UnitDetail, t: Translate): DetailRow[] {
  const none = t('common.none')
  const row = (key: DetailRow['key'], value: string): DetailRow => ({ key, label: t(`org.fields.${key}`), value })
  return [
    row('name', unit.name),
    row('code', unit.code),
    row('kind', t(enumLabelKey('UnitKind', unit.kind))),
    row('level', t(enumLabelKey('UnitLevel', unit.level))),
    row('category', unit.category ? t(enumLabelKey('UnitCategory', unit.category)) : none),
    row('creditCode', unit.creditCode ?? none),
    row('parent', unit.parent ? `${unit.parent.name}（${unit.parent.code}）` : t('org.noParent')),
    row('childCount', String(unit.childCount)),
  ]
}
