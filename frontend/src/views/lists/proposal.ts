import {
  BoundaryScope,
  ChangeType,
  CollaborationKind,
  ListKind,
  PowerType,
  UnitLevel,
  VillageKind,
  type ItemDetailsInput,
  type PartyInput,
  type ProposeListChangeInput,
  type StepInput,
} from '@/api/generated/graphql'
import type { ItemDetails } from '@/api/lists'
import { POWER_LEVELS, POWER_TYPES } from './data'
import { cooperatingParties, nonEmpty, orderedSteps } from './details'

/** The proposal dialog (提出新增、变更、废止): its fields per list and change type, and the mutation input it sends. */

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
