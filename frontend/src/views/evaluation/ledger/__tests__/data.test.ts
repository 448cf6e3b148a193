import { describe, expect, it } from 'vitest'
import { ExtensionStatus, LedgerState, Role } from '@/api/generated/graphql'
import { buttons, filtersFromQuery, stateTag, viewerOf } from '../data'

const item = (state: LedgerState, done = [true], pending = false) => ({
  state,
  unitId: '10',
  actions: done.map((d) => ({ done: d })),
  extensions: pending ? [{ status: ExtensionStatus.PENDING }] : [],
})

describe('ledger buttons per role and state', () => {
  const office = viewerOf([Role.ESTABLISHMENT_OFFICE], '5')
  const unit = viewerOf([Role.DEPARTMENT], '10')
  const other = viewerOf([Role.DEPARTMENT], '11')
  const leader = viewerOf([Role.LEADER], '2')

  it('lets the unit rectify and ask for an extension while open', () => {
    expect(buttons(unit, item(LedgerState.OPEN))).toMatchObject({ rectify: true, requestExtension: true, verify: false, close: false })
    expect(buttons(unit, item(LedgerState.OPEN, [true], true)).requestExtension).toBe(false)
    expect(buttons(other, item(LedgerState.OPEN))).toMatchObject({ rectify: false, actions: false, requestExtension: false })
  })

  it('lets 编办 verify, close and decide, and leaders only read', () => {
    expect(buttons(office, item(LedgerState.RECTIFIED)).verify).toBe(true)
    expect(buttons(office, item(LedgerState.VERIFIED, [false]))).toMatchObject({ close: true, closeReady: false })
    expect(buttons(office, item(LedgerState.OPEN, [], true)).decideExtension).toBe(true)
    expect(Object.values(buttons(leader, item(LedgerState.RECTIFIED))).filter((b) => b === true)).toEqual([true])
    expect(buttons(office, item(LedgerState.CLOSED)).actions).toBe(false)
  })

  it('tags states and reads link filters', () => {
    expect(stateTag(LedgerState.OPEN)).toBe('warning')
    expect(filtersFromQuery({ roundId: '12', unitId: 'x' })).toEqual({ roundId: '12', unitId: null })
  })
})
