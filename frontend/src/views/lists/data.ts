import {
  BoundaryScope,
  ChangeType,
  CollaborationKind,
  ItemStatus,
  ListKind,
  PowerType,
  UnitLevel,
  VillageKind,
  type ItemDetailsInput,
  type ListItemFilter,
  type PartyInput,
  type ProposeListChangeInput,
  type StepInput,
} from '@/api/generated/graphql'
import type { ItemDetails, ListCount, ListItemRow } from '@/api/lists'
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

// ---------------------------------------------------------------- item details

export interface DetailRow {
  key: string
  label: string
  value: string
  /** shown as a numbered list */
  lines?: string[]
}

function nonEmpty(values: readonly (string | null)[] | null | undefined): string[] {
  return (values ?? []).filter((value): value is string => value !== null && value.trim() !== '')
}

/** The simple fields of an item's details part, readable (steps and parties are drawn apart). */
export function detailRows(details: ItemDetails, t: Translate): DetailRow[] {
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
    list('responsibleOffices', boundary.responsibleOffices)
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
    list('responsibleOffices', collaboration.responsibleOffices)
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

// ---------------------------------------------------------------- diff

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

// ---------------------------------------------------------------- proposals

/** Everything the proposal dialog edits; which fields show depends on the list and the change type. */
export interface ProposalForm {
  code: string
  name: string
  unitId: string | null
  powerType: PowerType | null
  powerLevel: UnitLevel | null
  legalBasis: string
  catalogueCode: string
  supervisionDuties: string
  mandateDuty: string
  workNorm: string
  steps: string
  boundaryScope: BoundaryScope | null
  batch: number
  leadResponsibility: string
  cooperating: string
  responsibleOffices: string
  flow: string
  custom: boolean
  townshipResponsibility: string
  collaborationKind: CollaborationKind | null
  villageKind: VillageKind | null
  task: string
  reason: string
  changeLegalBasis: string
}

export type ProposalField = keyof ProposalForm

export type FieldControl = 'text' | 'textarea' | 'lines' | 'select' | 'number' | 'switch' | 'unit'

export interface FieldSpec {
  key: ProposalField
  control: FieldControl
  required: boolean
  /** select options: enum name and values */
  options?: { enumName: string; values: readonly string[] }
}

export function emptyProposalForm(): ProposalForm {
  return {
    code: '',
    name: '',
    unitId: null,
    powerType: null,
    powerLevel: null,
    legalBasis: '',
    catalogueCode: '',
    supervisionDuties: '',
    mandateDuty: '',
    workNorm: '',
    steps: '',
    boundaryScope: null,
    batch: 1,
    leadResponsibility: '',
    cooperating: '',
    responsibleOffices: '',
    flow: '',
    custom: false,
    townshipResponsibility: '',
    collaborationKind: null,
    villageKind: null,
    task: '',
    reason: '',
    changeLegalBasis: '',
  }
}

const CONTENT_FIELDS: Record<ListKind, FieldSpec[]> = {
  [ListKind.POWER]: [
    { key: 'powerType', control: 'select', required: true, options: { enumName: 'PowerType', values: POWER_TYPES } },
    { key: 'powerLevel', control: 'select', required: true, options: { enumName: 'UnitLevel', values: POWER_LEVELS } },
    { key: 'legalBasis', control: 'textarea', required: false },
    { key: 'catalogueCode', control: 'text', required: false },
    { key: 'supervisionDuties', control: 'lines', required: false },
  ],
  [ListKind.DUTY_TASK]: [
    { key: 'mandateDuty', control: 'textarea', required: false },
    { key: 'steps', control: 'lines', required: false },
    { key: 'workNorm', control: 'textarea', required: false },
  ],
  [ListKind.BOUNDARY]: [
    {
      key: 'boundaryScope',
      control: 'select',
      required: true,
      options: { enumName: 'BoundaryScope', values: Object.values(BoundaryScope) },
    },
    { key: 'batch', control: 'number', required: true },
    { key: 'leadResponsibility', control: 'textarea', required: false },
    { key: 'cooperating', control: 'lines', required: false },
    { key: 'responsibleOffices', control: 'lines', required: false },
    { key: 'flow', control: 'lines', required: false },
    { key: 'legalBasis', control: 'textarea', required: false },
  ],
  [ListKind.TERRITORIAL]: [
    { key: 'custom', control: 'switch', required: false },
    { key: 'leadResponsibility', control: 'textarea', required: false },
    { key: 'townshipResponsibility', control: 'textarea', required: false },
  ],
  [ListKind.COLLABORATION]: [
    {
      key: 'collaborationKind',
      control: 'select',
      required: true,
      options: { enumName: 'CollaborationKind', values: Object.values(CollaborationKind) },
    },
    { key: 'leadResponsibility', control: 'textarea', required: false },
    { key: 'cooperating', control: 'lines', required: false },
    { key: 'responsibleOffices', control: 'lines', required: false },
    { key: 'flow', control: 'lines', required: false },
  ],
  [ListKind.VILLAGE]: [
    {
      key: 'villageKind',
      control: 'select',
      required: true,
      options: { enumName: 'VillageKind', values: Object.values(VillageKind) },
    },
    { key: 'task', control: 'textarea', required: false },
  ],
}

const REASON_FIELDS: FieldSpec[] = [
  { key: 'reason', control: 'textarea', required: true },
  { key: 'changeLegalBasis', control: 'textarea', required: false },
]

/** The fields of the proposal dialog: ADD asks for code, owner and content; CHANGE for name and content; RETIRE only why. */
export function proposalFields(kind: ListKind, changeType: ChangeType): FieldSpec[] {
  switch (changeType) {
    case ChangeType.ADD:
      return [
        { key: 'code', control: 'text', required: true },
        { key: 'name', control: 'text', required: true },
        { key: 'unitId', control: 'unit', required: true },
        ...CONTENT_FIELDS[kind],
        ...REASON_FIELDS,
      ]
    case ChangeType.CHANGE:
      return [{ key: 'name', control: 'text', required: true }, ...CONTENT_FIELDS[kind], ...REASON_FIELDS]
    case ChangeType.RETIRE:
      return REASON_FIELDS
  }
}

/** The text separating the columns of a line in a multi-line field (steps, co-operating units). */
export const COLUMN_SEPARATOR = '|'

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

function splitColumns(line: string): string[] {
  return line.split(/[|｜]/).map((part) => part.trim())
}

function orNull(text: string): string | null {
  const value = text.trim()
  return value === '' ? null : value
}

/** Steps typed one a line as `科室编码 | 办理动作 | 时限（工作日）`, numbered in their order. */
export function parseSteps(text: string): StepInput[] {
  return splitLines(text).map((line, index) => {
    const [actor = '', action = '', days = ''] = splitColumns(line)
    const limit = Number.parseInt(days, 10)
    return {
      order: index + 1,
      actorUnitCode: orNull(actor),
      action: orNull(action),
      timeLimitDays: Number.isFinite(limit) ? limit : null,
    }
  })
}

/** Co-operating units typed one a line as `单位编码 | 职责`. */
export function parseParties(text: string): PartyInput[] {
  return splitLines(text).map((line) => {
    const [unitCode = '', ...rest] = splitColumns(line)
    return { unitCode: orNull(unitCode), responsibility: orNull(rest.join(COLUMN_SEPARATOR)) }
  })
}

function linesToText(values: readonly (string | null)[] | null | undefined): string {
  return nonEmpty(values).join('\n')
}

/** The proposal form filled with an item's current name and content (for 提出变更). */
export function formFromItem(item: { name: string; details: ItemDetails }): ProposalForm {
  const form = emptyProposalForm()
  const { power, dutyTask, boundary, territorial, collaboration, village } = item.details
  form.name = item.name
  if (power) {
    form.powerType = power.type
    form.powerLevel = power.level
    form.legalBasis = power.legalBasis ?? ''
    form.catalogueCode = power.catalogueCode ?? ''
    form.supervisionDuties = linesToText(power.supervisionDuties)
  }
  if (dutyTask) {
    form.mandateDuty = dutyTask.mandateDuty ?? ''
    form.workNorm = dutyTask.workNorm ?? ''
    form.steps = orderedSteps(item.details)
      .map((step) => [step.actorUnitCode ?? '', step.action, step.timeLimitDays ?? ''].join(` ${COLUMN_SEPARATOR} `))
      .join('\n')
  }
  const parties = cooperatingParties(item.details)
    .map((party) => `${party.unitCode} ${COLUMN_SEPARATOR} ${party.responsibility}`)
    .join('\n')
  if (boundary) {
    form.boundaryScope = boundary.scope
    form.batch = boundary.batch
    form.leadResponsibility = boundary.leadResponsibility ?? ''
    form.cooperating = parties
    form.responsibleOffices = linesToText(boundary.responsibleOffices)
    form.flow = linesToText(boundary.collaborationSteps)
    form.legalBasis = boundary.legalBasis ?? ''
  }
  if (territorial) {
    form.custom = territorial.custom
    form.leadResponsibility = territorial.leadResponsibility ?? ''
    form.townshipResponsibility = territorial.townshipResponsibility ?? ''
  }
  if (collaboration) {
    form.collaborationKind = collaboration.kind
    form.leadResponsibility = collaboration.leadResponsibility ?? ''
    form.cooperating = parties
    form.responsibleOffices = linesToText(collaboration.responsibleOffices)
    form.flow = linesToText(collaboration.workflow)
  }
  if (village) {
    form.villageKind = village.kind
    form.task = village.task ?? ''
  }
  return form
}

/** The details part of the item's kind, from the form (exactly one part, as the server requires). */
export function detailsInput(kind: ListKind, form: ProposalForm, original?: ItemDetails): ItemDetailsInput {
  switch (kind) {
    case ListKind.POWER:
      return {
        power: {
          type: form.powerType,
          level: form.powerLevel,
          legalBasis: orNull(form.legalBasis),
          catalogueCode: orNull(form.catalogueCode),
          supervisionDuties: splitLines(form.supervisionDuties),
        },
      }
    case ListKind.DUTY_TASK:
      return {
        dutyTask: {
          mandateDuty: orNull(form.mandateDuty),
          workNorm: orNull(form.workNorm),
          steps: parseSteps(form.steps),
        },
      }
    case ListKind.BOUNDARY:
      return {
        boundary: {
          scope: form.boundaryScope,
          batch: form.batch,
          leadResponsibility: orNull(form.leadResponsibility),
          cooperating: parseParties(form.cooperating),
          responsibleOffices: splitLines(form.responsibleOffices),
          collaborationSteps: splitLines(form.flow),
          legalBasis: orNull(form.legalBasis),
          // not editable here: kept from the item
          originDisputeCode: original?.boundary?.originDisputeCode ?? null,
        },
      }
    case ListKind.TERRITORIAL:
      return {
        territorial: {
          custom: form.custom,
          leadResponsibility: orNull(form.leadResponsibility),
          townshipResponsibility: orNull(form.townshipResponsibility),
        },
      }
    case ListKind.COLLABORATION:
      return {
        collaboration: {
          kind: form.collaborationKind,
          leadResponsibility: orNull(form.leadResponsibility),
          cooperating: parseParties(form.cooperating),
          responsibleOffices: splitLines(form.responsibleOffices),
          workflow: splitLines(form.flow),
        },
      }
    case ListKind.VILLAGE:
      return { village: { kind: form.villageKind, task: orNull(form.task) } }
  }
}

export interface ProposalTarget {
  kind: ListKind
  changeType: ChangeType
  /** CHANGE/RETIRE: the item as displayed */
  item?: { id: string; publishedVersion: number; details: ItemDetails }
}

/** The mutation input of a proposal; CHANGE/RETIRE carry the published version that was displayed. */
export function buildProposalInput(target: ProposalTarget, form: ProposalForm, clientKey: string): ProposeListChangeInput {
  const common = { changeType: target.changeType, reason: form.reason.trim(), clientKey }
  const legalBasis = orNull(form.changeLegalBasis)
  const withBasis = legalBasis === null ? common : { ...common, legalBasis }
  switch (target.changeType) {
    case ChangeType.ADD:
      return {
        ...withBasis,
        kind: target.kind,
        code: form.code.trim(),
        name: form.name.trim(),
        unitId: form.unitId,
        details: detailsInput(target.kind, form),
      }
    case ChangeType.CHANGE:
      return {
        ...withBasis,
        itemId: target.item?.id ?? null,
        baseVersion: target.item?.publishedVersion ?? null,
        name: form.name.trim(),
        details: detailsInput(target.kind, form, target.item?.details),
      }
    case ChangeType.RETIRE:
      return { ...withBasis, itemId: target.item?.id ?? null, baseVersion: target.item?.publishedVersion ?? null }
  }
}

/** Maps the input field a VALIDATION error names (extensions.field) to the form field to mark. */
export function formFieldForError(field: string | undefined, kind: ListKind): ProposalField | null {
  if (!field) return null
  const path = field.replace(/^input\./, '')
  const direct: Record<string, ProposalField> = {
    code: 'code',
    name: 'name',
    unitId: 'unitId',
    reason: 'reason',
    legalBasis: 'changeLegalBasis',
    'details.power': 'powerType',
    'details.power.type': 'powerType',
    'details.power.level': 'powerLevel',
    'details.boundary.scope': 'boundaryScope',
    'details.collaboration.kind': 'collaborationKind',
    'details.village.kind': 'villageKind',
  }
  const found = direct[path]
  if (found) return found
  if (path.startsWith('details')) return CONTENT_FIELDS[kind][0]?.key ?? null
  return null
}

/** A fresh idempotency key per opened dialog, so a retried submission is not recorded twice. */
export function newClientKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`
}
