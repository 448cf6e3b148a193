import { describe, expect, it } from 'vitest'
import { Role } from '@/api/generated/graphql'
import { basisReportExportUrl } from '@/api/caseBasis'
import { BASIS_TABS, ratePercent, reportInput, seesAllDepartments } from '../data'

describe('the basis reports page', () => {
  it.each([
    [[Role.ESTABLISHMENT_OFFICE], true],
    [[Role.LEADER], true],
    [[Role.COMMAND_CENTRE], true],
    [[Role.DEPARTMENT], false],
    [[Role.TOWNSHIP], false],
    [[Role.DISCIPLINE], false],
  ])('offers the department picker to %s: %s', (roles, expected) => {
    expect(seesAllDepartments(roles)).toBe(expected)
  })

  it('asks for whole months, the last one included, and the department when one is picked', () => {
    const input = reportInput([new Date(2026, 9, 15), new Date(2026, 11, 3)], '10')
    expect(new Date(input.from).getTime()).toBe(new Date(2026, 9, 1).getTime())
    expect(new Date(input.to).getTime()).toBe(new Date(2027, 0, 1).getTime())
    expect(input.unitId).toBe('10')
    expect(reportInput([new Date(2026, 11, 1), new Date(2026, 11, 1)], null).unitId).toBeNull()
  })

  it('downloads what it shows', () => {
    const url = basisReportExportUrl({ from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', unitId: '10' })
    expect(url).toBe('/api/cases/basis-report/export?from=2026-10-01T00%3A00%3A00.000Z&to=2027-01-01T00%3A00%3A00.000Z&unitId=10')
    expect(basisReportExportUrl({ from: 'a', to: 'b', unitId: null })).not.toContain('unitId')
  })

  it('shows the named rate with two decimals', () => {
    expect(ratePercent(0.9607)).toBe('96.07%')
    expect(ratePercent(0.75)).toBe('75.00%')
    expect(ratePercent(null)).toBe('—')
    expect(BASIS_TABS).toEqual(['unexercised', 'topItems', 'unnamedCases'])
  })
})
