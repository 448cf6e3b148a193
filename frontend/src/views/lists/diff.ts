import type { Translate } from './data'

/** The version comparison (版本对比) of an item: field paths and values of listItemDiff in words. */

/** Field paths of listItemDiff (indexes removed) → the label key under lists.fields. */
const PATH_LABELS: Record<string, string> = {
  name: 'name',
  unitId: 'unit',
  status: 'status',
  'power.type': 'powerType',
  'power.level': 'powerLevel',
  'power.legalBasis': 'legalBasis',
  'power.catalogueCode': 'catalogueCode',
  'power.supervisionDuties': 'supervisionDuties',
  'dutyTask.mandateDuty': 'mandateDuty',
  'dutyTask.workNorm': 'workNorm',
  'dutyTask.steps': 'steps',
  'dutyTask.steps.order': 'order',
  'dutyTask.steps.actorUnitCode': 'actorUnitCode',
  'dutyTask.steps.action': 'action',
  'dutyTask.steps.timeLimitDays': 'timeLimitDays',
  'boundary.scope': 'boundaryScope',
  'boundary.batch': 'batch',
  'boundary.leadResponsibility': 'leadResponsibility',
  'boundary.cooperating': 'cooperating',
  'boundary.cooperating.unitCode': 'unitCode',
  'boundary.cooperating.responsibility': 'responsibility',
  'boundary.responsibleOffices': 'responsibleOffices',
  'boundary.collaborationSteps': 'collaborationSteps',
  'boundary.legalBasis': 'legalBasis',
  'boundary.originDisputeCode': 'originDisputeCode',
  'territorial.custom': 'custom',
  'territorial.leadResponsibility': 'leadResponsibility',
  'territorial.townshipResponsibility': 'townshipResponsibility',
  'collaboration.kind': 'collaborationKind',
  'collaboration.leadResponsibility': 'leadResponsibility',
  'collaboration.cooperating': 'cooperating',
  'collaboration.cooperating.unitCode': 'unitCode',
  'collaboration.cooperating.responsibility': 'responsibility',
  'collaboration.responsibleOffices': 'responsibleOffices',
  'collaboration.workflow': 'workflow',
  'village.kind': 'villageKind',
  'village.task': 'task',
}

const DETAIL_PARTS = new Set(['power', 'dutyTask', 'boundary', 'territorial', 'collaboration', 'village'])
const SEGMENT = /^([A-Za-z]+)(?:\[(\d+)\])?$/

/**
 * A readable label of a diff path: `power.supervisionDuties[1]` → 监管责任 第2项,
 * `boundary.cooperating[0].responsibility` → 配合单位 第1项 · 职责. Unknown paths stay as they are.
 */
export function diffPathLabel(path: string, t: Translate): string {
  const names: string[] = []
  const labels: string[] = []
  for (const segment of path.split('.')) {
    const match = SEGMENT.exec(segment)
    if (!match || match[1] === undefined) return path
    names.push(match[1])
    const normalized = names.join('.')
    if (names.length === 1 && DETAIL_PARTS.has(match[1])) continue
    const key = PATH_LABELS[normalized]
    if (key === undefined) return path
    const index = match[2]
    labels.push(index === undefined ? t(`lists.fields.${key}`) : `${t(`lists.fields.${key}`)} ${t('lists.diff.nth', { n: Number(index) + 1 })}`)
  }
  return labels.length === 0 ? path : labels.join(' · ')
}

const PATH_ENUMS: Record<string, 'PowerType' | 'UnitLevel' | 'BoundaryScope' | 'CollaborationKind' | 'VillageKind' | 'ItemStatus'> = {
  status: 'ItemStatus',
  'power.type': 'PowerType',
  'power.level': 'UnitLevel',
  'boundary.scope': 'BoundaryScope',
  'collaboration.kind': 'CollaborationKind',
  'village.kind': 'VillageKind',
}

/** A diff value, enum codes and booleans translated; absent values as the placeholder. */
export function diffValue(path: string, value: string | null, t: Translate): string {
  if (value === null || value === '') return t('common.none')
  const enumName = PATH_ENUMS[path]
  if (enumName) return t(`enums.${enumName}.${value}`)
  if (path === 'territorial.custom') return t(value === 'true' ? 'lists.yes' : 'lists.no')
  return value
}
