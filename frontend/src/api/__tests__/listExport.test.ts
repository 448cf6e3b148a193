import { describe, expect, it } from 'vitest'
import { ListKind, PowerType, UnitLevel } from '../generated/graphql'
import { dispositionFileName } from '../index'
import { listExportUrl } from '../lists'

describe('listExportUrl', () => {
  it('carries exactly the filters that are set', () => {
    expect(listExportUrl({ kind: ListKind.BOUNDARY })).toBe('/api/lists/export?kind=BOUNDARY')
    const url = new URL(
      listExportUrl({
        kind: ListKind.POWER,
        keyword: '噪声',
        unitId: '114',
        includeSubunits: true,
        powerType: PowerType.PENALTY,
        level: UnitLevel.COUNTY,
      }),
      'http://x',
    )
    expect(Object.fromEntries(url.searchParams)).toEqual({
      kind: 'POWER',
      keyword: '噪声',
      unitId: '114',
      includeSubunits: 'true',
      powerType: 'PENALTY',
      level: 'COUNTY',
    })
  })
})

describe('dispositionFileName', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback', () => {
    expect(
      dispositionFileName(
        `attachment; filename="lvzhi-power.xlsx"; filename*=UTF-8''%E6%9D%83%E8%B4%A3%E6%B8%85%E5%8D%95_20261124.xlsx`,
        'f.xlsx',
      ),
    ).toBe('权责清单_20261124.xlsx')
    expect(dispositionFileName('attachment; filename="lvzhi-power.xlsx"', 'f.xlsx')).toBe('lvzhi-power.xlsx')
    expect(dispositionFileName(null, 'f.xlsx')).toBe('f.xlsx')
  })
})
