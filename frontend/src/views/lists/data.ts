import { ItemStatus, ListKind, PowerType, UnitLevel, type ListItemFilter } from '@/api/generated/graphql'
import type { ListCount, ListItemRow } from '@/api/lists'
import { enumLabelKey } from '@/i18n/labels'

export type Translate = (key: string, named?: Record<string, unknown>) => string

/** The tabs of 清单管理, in the order of DOMAIN.md §2. */
export const LIST_KINDS: readonly ListKind[] = [
  ListKind.POWER,
  ListKind.DUTY_TASK,
  ListKind.BOUNDARY,
  ListKind.TERRITORIAL,
  ListKind.COLLABORATION,
  ListKind.VILLAGE,
]

export function isListKind(value: unknown): value is ListKind {
  return typeof value === 'string' && (LIST_KINDS as readonly string[]).includes(value)
}

/** Implementing levels of a power item (市/县/乡). */
export const POWER_LEVELS: readonly UnitLevel[] = [UnitLevel.CITY, UnitLevel.COUNTY, UnitLevel.TOWNSHIP]
export const POWER_TYPES: readonly PowerType[] = Object.values(PowerType)
export const ITEM_STATUSES: readonly ItemStatus[] = [ItemStatus.PUBLISHED, ItemStatus.DRAFT, ItemStatus.RETIRED]

// ---------------------------------------------------------------- the list table

export type ColumnKey =
  | 'code'
  | 'name'
  | 'unit'
  | 'powerType'
  | 'powerLevel'
  | 'boundaryScope'
  | 'batch'
  | 'custom'
  | 'collaborationKind'
  | 'villageKind'
  | 'publishedVersion'
  | 'status'

export interface Column {
  key: ColumnKey
  label: string
  minWidth: number
}

const KIND_COLUMNS: Record<ListKind, ColumnKey[]> = {
  [ListKind.POWER]: ['powerType', 'powerLevel'],
  [ListKind.DUTY_TASK]: [],
  [ListKind.BOUNDARY]: ['boundaryScope', 'batch'],
  [ListKind.TERRITORIAL]: ['custom'],
  [ListKind.COLLABORATION]: ['collaborationKind'],
  [ListKind.VILLAGE]: ['villageKind'],
}

const COLUMN_WIDTHS: Partial<Record<ColumnKey, number>> = { name: 260, unit: 180, code: 140 }

/** The columns of one list's table (a function so the labels re-translate). */
export function columnsFor(kind: ListKind, t: Translate): Column[] {
  const keys: ColumnKey[] = ['code', 'name', 'unit', ...KIND_COLUMNS[kind], 'publishedVersion', 'status']
  return keys.map((key) => ({ key, label: t(`lists.columns.${key}`), minWidth: COLUMN_WIDTHS[key] ?? 100 }))
}

/** The text of one cell. */
export function cellText(row: ListItemRow, key: ColumnKey, t: Translate): string {
  const none = t('common.none')
  const d = row.details
  switch (key) {
    case 'code':
      return row.code
    case 'name':
      return row.name
    case 'unit':
      return row.unit.name
    case 'powerType':
      return d.power?.type ? t(enumLabelKey('PowerType', d.power.type)) : none
    case 'powerLevel':
      return d.power?.level ? t(enumLabelKey('UnitLevel', d.power.level)) : none
    case 'boundaryScope':
      return d.boundary?.scope ? t(enumLabelKey('BoundaryScope', d.boundary.scope)) : none
    case 'batch':
      return d.boundary ? t('lists.batchNo', { n: d.boundary.batch }) : none
    case 'custom':
      return d.territorial ? t(d.territorial.custom ? 'lists.yes' : 'lists.no') : none
    case 'collaborationKind':
      return d.collaboration?.kind ? t(enumLabelKey('CollaborationKind', d.collaboration.kind)) : none
    case 'villageKind':
      return d.village?.kind ? t(enumLabelKey('VillageKind', d.village.kind)) : none
    case 'publishedVersion':
      return row.publishedVersion > 0 ? t('lists.versionNo', { n: row.publishedVersion }) : none
    case 'status':
      return t(enumLabelKey('ItemStatus', row.status))
  }
}

// ---------------------------------------------------------------- filters

export interface ListFilterForm {
  keyword: string
  unitId: string | null
  powerType: PowerType | null
  level: UnitLevel | null
  status: ItemStatus
}

export function emptyFilterForm(): ListFilterForm {
  return { keyword: '', unitId: null, powerType: null, level: null, status: ItemStatus.PUBLISHED }
}

/** The server-side filter of one tab; power type and level only apply to the power list. */
export function buildListFilter(kind: ListKind, form: ListFilterForm): ListItemFilter {
  const filter: ListItemFilter = { kind, status: form.status }
  const keyword = form.keyword.trim()
  if (keyword !== '') filter.keyword = keyword
  if (form.unitId) {
    filter.unitId = form.unitId
    filter.includeSubunits = true
  }
  if (kind === ListKind.POWER) {
    if (form.powerType) filter.powerType = form.powerType
    if (form.level) filter.level = form.level
  }
  return filter
}

export interface CountSummary {
  powerType: PowerType | null
  label: string
  count: number
}

/** listCounts (per unit and type) summed per power type, biggest first, with the total first. */
export function powerCountSummary(counts: readonly ListCount[], t: Translate): CountSummary[] {
  const byType = new Map<PowerType | null, number>()
  for (const row of counts) byType.set(row.powerType, (byType.get(row.powerType) ?? 0) + row.count)
  const total = counts.reduce((sum, row) => sum + row.count, 0)
  const rows = [...byType.entries()]
    .map(([powerType, count]) => ({
      powerType,
      label: powerType ? t(enumLabelKey('PowerType', powerType)) : t('lists.counts.untyped'),
      count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
  return [{ powerType: null, label: t('lists.counts.total'), count: total }, ...rows]
}

