import { describe, expect, it } from 'vitest'
import { ChangeStatus, ItemStatus, ListKind, Role, UnitKind } from '@/api/generated/graphql'
import {
  canDecide,
  canProposeAddition,
  canProposeChange,
  canProposeFor,
  canWithdraw,
  defaultQueueStatus,
  fromTownship,
  presetOwnerUnitId,
  type Viewer,
} from '../permissions'

const office: Viewer = { roles: [Role.ESTABLISHMENT_OFFICE], unitId: 'bb' }
const environment: Viewer = { roles: [Role.DEPARTMENT], unitId: 'd10' }
const township: Viewer = { roles: [Role.TOWNSHIP], unitId: 't1' }
const leader: Viewer = { roles: [Role.LEADER], unitId: 'gov' }
const gridWorker: Viewer = { roles: [Role.GRID_WORKER], unitId: 'g1' }

const published = (unitId: string) => ({ status: ItemStatus.PUBLISHED, unitId })

describe('who may propose', () => {
  it('lets the establishment office, departments and townships add items; nobody else', () => {
    expect([office, environment, township].map(canProposeAddition)).toEqual([true, true, true])
    expect([leader, gridWorker].map(canProposeAddition)).toEqual([false, false])
  })

  it('lets a department propose for its own items and its offices’ items only', () => {
    expect(canProposeFor(environment, 'd10')).toBe(true)
    expect(canProposeFor(environment, 'd10-k01', ['qh', 'd10'])).toBe(true)
    expect(canProposeFor(environment, 'd11', ['qh'])).toBe(false)
    expect(canProposeFor(township, 't1')).toBe(true)
    expect(canProposeFor(township, 'd10')).toBe(false)
  })

  it('lets the establishment office propose for anything, and leaders for nothing', () => {
    expect(canProposeFor(office, 'd11')).toBe(true)
    expect(canProposeFor(leader, 'gov')).toBe(false)
    expect(canProposeFor({ roles: [Role.DEPARTMENT], unitId: null }, 'd10')).toBe(false)
  })

  it('offers 提出变更 / 提出取消 only on published items', () => {
    expect(canProposeChange(environment, published('d10'))).toBe(true)
    expect(canProposeChange(environment, { status: ItemStatus.DRAFT, unitId: 'd10' })).toBe(false)
    expect(canProposeChange(office, { status: ItemStatus.RETIRED, unitId: 'd10' })).toBe(false)
    expect(canProposeChange(environment, published('d11'))).toBe(false)
  })

  it('presets a department’s own unit as the owner of a new item, not the office’s', () => {
    expect(presetOwnerUnitId(environment)).toBe('d10')
    expect(presetOwnerUnitId(office)).toBeNull()
    expect(presetOwnerUnitId(leader)).toBeNull()
  })
})

describe('who decides and withdraws', () => {
  const pending = { status: ChangeStatus.PENDING, proposerUnitId: 'd10' }

  it('lets only the establishment office decide, only pending proposals', () => {
    expect(canDecide(office, pending)).toBe(true)
    expect(canDecide(office, { ...pending, status: ChangeStatus.APPROVED })).toBe(false)
    expect(canDecide(environment, pending)).toBe(false)
    expect(canDecide(leader, pending)).toBe(false)
  })

  it('lets only the proposing unit withdraw, only pending proposals', () => {
    expect(canWithdraw(environment, pending)).toBe(true)
    expect(canWithdraw(environment, { ...pending, status: ChangeStatus.REJECTED })).toBe(false)
    expect(canWithdraw(office, pending)).toBe(false)
    expect(canWithdraw(township, pending)).toBe(false)
  })

  it('opens the queue on PENDING for the office and on everything for proposers', () => {
    expect(defaultQueueStatus(office)).toBe(ChangeStatus.PENDING)
    expect(defaultQueueStatus(environment)).toBeNull()
  })
})

describe('territorial adjustment requests (属地管理事项动态调整申请)', () => {
  const territorial = { status: ItemStatus.PUBLISHED, unitId: 'd10', kind: ListKind.TERRITORIAL }

  it('lets a township request changes of territorial items led by a department', () => {
    expect(canProposeChange(township, territorial)).toBe(true)
    expect(canProposeChange(township, { ...territorial, kind: ListKind.POWER })).toBe(false)
    expect(canProposeChange(township, { ...territorial, status: ItemStatus.RETIRED })).toBe(false)
    expect(canProposeChange(gridWorker, territorial)).toBe(false)
  })

  it('lets the township name the lead department of a new territorial item', () => {
    expect(presetOwnerUnitId(township, ListKind.TERRITORIAL)).toBeNull()
    expect(presetOwnerUnitId(township, ListKind.POWER)).toBe('t1')
    expect(presetOwnerUnitId(township)).toBe('t1')
  })

  it('marks requests that come from a township in the queue', () => {
    expect(fromTownship({ proposerUnit: { kind: UnitKind.TOWNSHIP } })).toBe(true)
    expect(fromTownship({ proposerUnit: { kind: UnitKind.GOVERNMENT_DEPARTMENT } })).toBe(false)
  })
})
