import { describe, expect, it } from 'vitest'
import {
  BoundaryScope,
  ChangeType,
  ItemStatus,
  ListKind,
  PowerType,
  UnitLevel,
  VillageKind,
} from '@/api/generated/graphql'
import type { ItemDetails, ListItemRow } from '@/api/lists'
import { buildListFilter, cellText, columnsFor, emptyFilterForm, powerCountSummary } from '../data'
import { cooperatingParties, detailRows, officeCodes, orderedSteps } from '../details'
import { diffPathLabel, diffValue } from '../diff'
import {
  buildProposalInput,
  emptyProposalForm,
  formFieldForError,
  formFromItem,
  parseParties,
  parseSteps,
  proposalFields,
} from '../proposal'

const t = (key: string, named?: Record<string, unknown>) =>
  named ? `[${key}${JSON.stringify(named)}]` : `[${key}]`

const noDetails: ItemDetails = {
  power: null,
  dutyTask: null,
  boundary: null,
  territorial: null,
  collaboration: null,
  village: null,
}

const powerDetails: ItemDetails = {
  ...noDetails,
  power: {
    type: PowerType.PENALTY,
    level: UnitLevel.COUNTY,
    legalBasis: '《中华人民共和国噪声污染防治法》第七十七条',
    catalogueCode: 'ZJ-330001',
    supervisionDuties: ['立案责任', null, '调查取证责任'],
  },
}

const powerRow: ListItemRow = {
  id: '7',
  kind: ListKind.POWER,
  code: 'QH-CF-001',
  name: '对建筑施工噪声污染的处罚',
  status: ItemStatus.PUBLISHED,
  publishedVersion: 2,
  unitId: '10',
  unit: { id: '10', code: 'JZ-QH-D10', name: '清河区生态环境局' },
  details: {
    power: { type: PowerType.PENALTY, level: UnitLevel.COUNTY },
    boundary: null,
    territorial: null,
    collaboration: null,
    village: null,
  },
}

describe('list columns', () => {
  it('give the power list its type and level columns between owner and version', () => {
    expect(columnsFor(ListKind.POWER, t).map((column) => column.key)).toEqual([
      'code',
      'name',
      'unit',
      'powerType',
      'powerLevel',
      'publishedVersion',
      'status',
    ])
    expect(columnsFor(ListKind.POWER, t)[0]?.label).toBe('[lists.columns.code]')
  })

  it('fit the other lists', () => {
    expect(columnsFor(ListKind.BOUNDARY, t).map((column) => column.key)).toContain('boundaryScope')
    expect(columnsFor(ListKind.VILLAGE, t).map((column) => column.key)).toContain('villageKind')
    expect(columnsFor(ListKind.DUTY_TASK, t).map((column) => column.key)).toEqual([
      'code',
      'name',
      'unit',
      'publishedVersion',
      'status',
    ])
  })

  it('render cells with translated enums and the owner unit name', () => {
    expect(cellText(powerRow, 'unit', t)).toBe('清河区生态环境局')
    expect(cellText(powerRow, 'powerType', t)).toBe('[enums.PowerType.PENALTY]')
    expect(cellText(powerRow, 'powerLevel', t)).toBe('[enums.UnitLevel.COUNTY]')
    expect(cellText(powerRow, 'publishedVersion', t)).toBe('[lists.versionNo{"n":2}]')
    expect(cellText({ ...powerRow, publishedVersion: 0 }, 'publishedVersion', t)).toBe('[common.none]')
    expect(cellText(powerRow, 'status', t)).toBe('[enums.ItemStatus.PUBLISHED]')
    expect(cellText(powerRow, 'villageKind', t)).toBe('[common.none]')
  })
})

describe('list filter', () => {
  it('sends only what is set, keyword trimmed, subunits with an owner unit', () => {
    expect(buildListFilter(ListKind.POWER, emptyFilterForm())).toEqual({ kind: 'POWER', status: 'PUBLISHED' })
    expect(
      buildListFilter(ListKind.POWER, {
        keyword: ' 噪声 ',
        unitId: '10',
        powerType: PowerType.PENALTY,
        level: UnitLevel.COUNTY,
        status: ItemStatus.RETIRED,
      }),
    ).toEqual({
      kind: 'POWER',
      status: 'RETIRED',
      keyword: '噪声',
      unitId: '10',
      includeSubunits: true,
      powerType: 'PENALTY',
      level: 'COUNTY',
    })
  })

  it('drops power type and level outside the power list', () => {
    const form = { ...emptyFilterForm(), powerType: PowerType.PENALTY, level: UnitLevel.CITY }
    expect(buildListFilter(ListKind.BOUNDARY, form)).toEqual({ kind: 'BOUNDARY', status: 'PUBLISHED' })
  })
})

describe('power counts', () => {
  it('sum the per-unit counts per type, total first, biggest next', () => {
    const summary = powerCountSummary(
      [
        { unitId: '1', powerType: PowerType.PENALTY, count: 3 },
        { unitId: '2', powerType: PowerType.PENALTY, count: 4 },
        { unitId: '2', powerType: PowerType.LICENSING, count: 9 },
      ],
      t,
    )
    expect(summary.map((entry) => [entry.powerType, entry.count])).toEqual([
      [null, 16],
      ['LICENSING', 9],
      ['PENALTY', 7],
    ])
    expect(summary[0]?.label).toBe('[lists.counts.total]')
  })
})

describe('item details', () => {
  it('render the power part readably, duties as lines without blanks', () => {
    const rows = detailRows(powerDetails, t)
    expect(rows.map((row) => row.key)).toEqual(['powerType', 'powerLevel', 'legalBasis', 'catalogueCode', 'supervisionDuties'])
    expect(rows[0]?.value).toBe('[enums.PowerType.PENALTY]')
    expect(rows[4]?.lines).toEqual(['立案责任', '调查取证责任'])
  })

  it('orders a duty task’s steps and lists co-operating parties', () => {
    const details: ItemDetails = {
      ...noDetails,
      dutyTask: {
        mandateDuty: '环境执法',
        workNorm: null,
        steps: [
          { order: 2, actorUnitCode: 'K02', action: '审核', timeLimitDays: 3 },
          null,
          { order: 1, actorUnitCode: 'K01', action: '受理', timeLimitDays: null },
        ],
      },
    }
    expect(orderedSteps(details).map((step) => [step.order, step.action])).toEqual([
      [1, '受理'],
      [2, '审核'],
    ])
    const boundary: ItemDetails = {
      ...noDetails,
      boundary: {
        scope: BoundaryScope.INTER_DEPARTMENT,
        batch: 1,
        leadResponsibility: '牵头查处',
        cooperating: [{ unitCode: 'JZ-QH-D20', responsibility: '配合巡查' }, null],
        responsibleOffices: null,
        collaborationSteps: null,
        legalBasis: null,
        originDisputeCode: null,
      },
    }
    expect(cooperatingParties(boundary)).toEqual([{ unitCode: 'JZ-QH-D20', responsibility: '配合巡查' }])
    expect(detailRows(boundary, t).find((row) => row.key === 'batch')?.value).toBe('[lists.batchNo{"n":1}]')
  })

  it('names the 责任科室 instead of showing their codes, the code only while its name is unknown', () => {
    const offices: ItemDetails = {
      ...noDetails,
      collaboration: { kind: null, leadResponsibility: null, cooperating: null, responsibleOffices: ['JZ-QH-D10-K07', 'JZ-QH-D10-K99', ''], workflow: null },
    }
    expect(officeCodes(offices)).toEqual(['JZ-QH-D10-K07', 'JZ-QH-D10-K99'])
    expect(detailRows(offices, t, { 'JZ-QH-D10-K07': '执法监督科' }).find((row) => row.key === 'responsibleOffices')?.lines).toEqual([
      '执法监督科',
      'JZ-QH-D10-K99',
    ])
  })
})

describe('diff labels', () => {
  it('translate simple paths and number list entries', () => {
    expect(diffPathLabel('name', t)).toBe('[lists.fields.name]')
    expect(diffPathLabel('power.legalBasis', t)).toBe('[lists.fields.legalBasis]')
    expect(diffPathLabel('power.supervisionDuties[1]', t)).toBe('[lists.fields.supervisionDuties] [lists.diff.nth{"n":2}]')
    expect(diffPathLabel('boundary.cooperating[0].responsibility', t)).toBe(
      '[lists.fields.cooperating] [lists.diff.nth{"n":1}] · [lists.fields.responsibility]',
    )
    expect(diffPathLabel('collaboration.kind', t)).toBe('[lists.fields.collaborationKind]')
  })

  it('leave unknown paths as they are', () => {
    expect(diffPathLabel('power.somethingNew', t)).toBe('power.somethingNew')
    expect(diffPathLabel('weird path!', t)).toBe('weird path!')
    expect(diffPathLabel('power', t)).toBe('power')
  })

  it('translate enum and boolean values, placeholder for absent ones', () => {
    expect(diffValue('power.type', 'PENALTY', t)).toBe('[enums.PowerType.PENALTY]')
    expect(diffValue('status', 'RETIRED', t)).toBe('[enums.ItemStatus.RETIRED]')
    expect(diffValue('territorial.custom', 'true', t)).toBe('[lists.yes]')
    expect(diffValue('name', null, t)).toBe('[common.none]')
    expect(diffValue('name', '新名称', t)).toBe('新名称')
  })
})

describe('proposal form', () => {
  it('asks for code, name, owner and the power fields when adding a power item', () => {
    const keys = proposalFields(ListKind.POWER, ChangeType.ADD).map((field) => field.key)
    expect(keys).toEqual([
      'code',
      'name',
      'unitId',
      'powerType',
      'powerLevel',
      'legalBasis',
      'catalogueCode',
      'supervisionDuties',
      'reason',
      'changeLegalBasis',
    ])
    expect(proposalFields(ListKind.POWER, ChangeType.ADD).find((f) => f.key === 'reason')?.required).toBe(true)
  })

  it('asks only why when retiring and for name and content when changing', () => {
    expect(proposalFields(ListKind.VILLAGE, ChangeType.RETIRE).map((field) => field.key)).toEqual(['reason', 'changeLegalBasis'])
    expect(proposalFields(ListKind.VILLAGE, ChangeType.CHANGE).map((field) => field.key)).toEqual([
      'name',
      'villageKind',
      'task',
      'reason',
      'changeLegalBasis',
    ])
  })

  it('builds an ADD input with exactly the power part', () => {
    const form = {
      ...emptyProposalForm(),
      code: ' E2E-1 ',
      name: '对夜间施工噪声的检查',
      unitId: '10',
      powerType: PowerType.INSPECTION,
      powerLevel: UnitLevel.COUNTY,
      legalBasis: '《噪声污染防治法》',
      supervisionDuties: '检查责任\n\n  处置责任 ',
      reason: '新增',
    }
    expect(buildProposalInput({ kind: ListKind.POWER, changeType: ChangeType.ADD }, form, 'k1')).toEqual({
      changeType: 'ADD',
      reason: '新增',
      clientKey: 'k1',
      kind: 'POWER',
      code: 'E2E-1',
      name: '对夜间施工噪声的检查',
      unitId: '10',
      details: {
        power: {
          type: 'INSPECTION',
          level: 'COUNTY',
          legalBasis: '《噪声污染防治法》',
          catalogueCode: null,
          supervisionDuties: ['检查责任', '处置责任'],
        },
      },
    })
  })

  it('carries the displayed published version as baseVersion for CHANGE and RETIRE', () => {
    const item = { id: '7', publishedVersion: 3, details: powerDetails }
    const form = { ...formFromItem({ name: '旧名称', details: powerDetails }), reason: '法律修订', changeLegalBasis: '新法' }
    const change = buildProposalInput({ kind: ListKind.POWER, changeType: ChangeType.CHANGE, item }, form, 'k2')
    expect(change).toMatchObject({ changeType: 'CHANGE', itemId: '7', baseVersion: 3, name: '旧名称', legalBasis: '新法' })
    expect(change.details?.power?.supervisionDuties).toEqual(['立案责任', '调查取证责任'])
    const retire = buildProposalInput({ kind: ListKind.POWER, changeType: ChangeType.RETIRE, item }, form, 'k3')
    expect(retire).toEqual({
      changeType: 'RETIRE',
      reason: '法律修订',
      clientKey: 'k3',
      legalBasis: '新法',
      itemId: '7',
      baseVersion: 3,
    })
  })

  it('round-trips village and duty-task content through the form', () => {
    const village: ItemDetails = { ...noDetails, village: { kind: VillageKind.STATUTORY, task: '村务公开' } }
    const form = formFromItem({ name: '村务公开', details: village })
    expect(buildProposalInput({ kind: ListKind.VILLAGE, changeType: ChangeType.ADD }, { ...form, reason: 'x' }, 'k').details).toEqual({
      village: { kind: 'STATUTORY', task: '村务公开' },
    })
  })

  it('parses steps and parties typed one a line', () => {
    expect(parseSteps('K01 | 受理 | 1\n\nK02｜审核｜\n')).toEqual([
      { order: 1, actorUnitCode: 'K01', action: '受理', timeLimitDays: 1 },
      { order: 2, actorUnitCode: 'K02', action: '审核', timeLimitDays: null },
    ])
    expect(parseParties('JZ-QH-D20 | 配合巡查\nJZ-QH-D21')).toEqual([
      { unitCode: 'JZ-QH-D20', responsibility: '配合巡查' },
      { unitCode: 'JZ-QH-D21', responsibility: null },
    ])
  })

  it('maps the field a VALIDATION error names to the form field', () => {
    expect(formFieldForError('input.reason', ListKind.POWER)).toBe('reason')
    expect(formFieldForError('input.code', ListKind.POWER)).toBe('code')
    expect(formFieldForError('input.legalBasis', ListKind.POWER)).toBe('changeLegalBasis')
    expect(formFieldForError('input.details.power', ListKind.POWER)).toBe('powerType')
    expect(formFieldForError('input.details.boundary.scope', ListKind.BOUNDARY)).toBe('boundaryScope')
    expect(formFieldForError('input.details', ListKind.VILLAGE)).toBe('villageKind')
    expect(formFieldForError('filter.keyword', ListKind.POWER)).toBeNull()
    expect(formFieldForError(undefined, ListKind.POWER)).toBeNull()
  })
})
