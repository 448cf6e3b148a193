import type { ItemDetails } from '@/api/lists'
import { enumLabelKey } from '@/i18n/labels'
import type { Translate } from './data'

/** An item's details part (事项内容) made readable: simple fields as rows, a duty task's steps, co-operating units. */

export interface DetailRow {
  key: string
  label: string
  value: string
  /** shown as a numbered list */
  lines?: string[]
}

export function nonEmpty(values: readonly (string | null)[] | null | undefined): string[] {
  return (values ?? []).filter((value): value is string => value !== null && value.trim() !== '')
}

/** The offices (责任科室) an item's details name, by unit code. */
export function officeCodes(details: ItemDetails): string[] {
  return [...nonEmpty(details.boundary?.responsibleOffices), ...nonEmpty(details.collaboration?.responsibleOffices)]
}

/**
 * The simple fields of an item's details part, readable (steps and parties are drawn apart); offices by their names
 * where {@code unitNames} knows them (the details keep codes).
 */
export function detailRows(details: ItemDetails, t: Translate, unitNames: Readonly<Record<string, string>> = {}): DetailRow[] {
  const none = t('common.none')
  const rows: DetailRow[] = []
  const text = (key: string, value: string | null | undefined) =>
    rows.push({ key, label: t(`lists.fields.${key}`), value: value && value.trim() !== '' ? value : none })
  const list = (key: string, values: readonly (string | null)[] | null | undefined) => {
    const lines = nonEmpty(values)
    rows.push({ key, label: t(`lists.fields.${key}`), value: lines.length === 0 ? none : '', lines })
  }
  const { power, dutyTask, boundary, territorial, collaboration, village } = details
  if (power) {
    text('powerType', power.type ? t(enumLabelKey('PowerType', power.type)) : null)
    text('powerLevel', power.level ? t(enumLabelKey('UnitLevel', power.level)) : null)
    text('legalBasis', power.legalBasis)
    text('catalogueCode', power.catalogueCode)
    list('supervisionDuties', power.supervisionDuties)
  }
  if (dutyTask) {
    text('mandateDuty', dutyTask.mandateDuty)
    text('workNorm', dutyTask.workNorm)
  }
  if (boundary) {
    text('boundaryScope', boundary.scope ? t(enumLabelKey('BoundaryScope', boundary.scope)) : null)
    text('batch', t('lists.batchNo', { n: boundary.batch }))
    text('leadResponsibility', boundary.leadResponsibility)
    list('responsibleOffices', nonEmpty(boundary.responsibleOffices).map((code) => unitNames[code] ?? code))
    list('collaborationSteps', boundary.collaborationSteps)
    text('legalBasis', boundary.legalBasis)
    text('originDisputeCode', boundary.originDisputeCode)
  }
  if (territorial) {
    text('custom', t(territorial.custom ? 'lists.yes' : 'lists.no'))
    text('leadResponsibility', territorial.leadResponsibility)
    text('townshipResponsibility', territorial.townshipResponsibility)
  }
  if (collaboration) {
    text('collaborationKind', collaboration.kind ? t(enumLabelKey('CollaborationKind', collaboration.kind)) : null)
    text('leadResponsibility', collaboration.leadResponsibility)
    list('responsibleOffices', nonEmpty(collaboration.responsibleOffices).map((code) => unitNames[code] ?? code))
    list('workflow', collaboration.workflow)
  }
  if (village) {
    text('villageKind', village.kind ? t(enumLabelKey('VillageKind', village.kind)) : null)
    text('task', village.task)
  }
  return rows
}

export interface FlowStep {
  order: number
  actorUnitCode: string | null
  action: string
  timeLimitDays: number | null
}

/** A duty task's steps in their order, gaps and nulls removed. */
export function orderedSteps(details: ItemDetails): FlowStep[] {
  return (details.dutyTask?.steps ?? [])
    .filter((step): step is NonNullable<typeof step> => step !== null)
    .map((step) => ({
      order: step.order,
      actorUnitCode: step.actorUnitCode,
      action: step.action ?? '',
      timeLimitDays: step.timeLimitDays,
    }))
    .sort((a, b) => a.order - b.order)
}

export interface PartyRow {
  unitCode: string
  responsibility: string
}

/** The co-operating units of a boundary or collaboration item. */
export function cooperatingParties(details: ItemDetails): PartyRow[] {
  const parties = details.boundary?.cooperating ?? details.collaboration?.cooperating ?? []
  return parties
    .filter((party): party is NonNullable<typeof party> => party !== null)
    .map((party) => ({ unitCode: party.unitCode ?? '', responsibility: party.responsibility ?? '' }))
}

