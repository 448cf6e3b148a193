import { describe, expect, it } from 'vitest'
import type { UnitDetail } from '@/api/org'
import { toTreeNode, unitDetailRows } from '../data'

const district: UnitDetail = {
  id: '2',
  code: 'JZ-QH',
  name: '江州市清河区人民政府',
  kind: 'REGION_GOVERNMENT',
  level: 'COUNTY',
  category: null,
  creditCode: null,
  parentId: '1',
  depth: 1,
  childCount: 40,
  parent: { id: '1', code: 'JZ', name: '江州市人民政府' },
}

const t = (key: string) => `[${key}]`

describe('toTreeNode', () => {
  it('maps a unit with children to an expandable node', () => {
    expect(toTreeNode(district)).toEqual({
      id: '2',
      label: '江州市清河区人民政府',
      code: 'JZ-QH',
      kind: 'REGION_GOVERNMENT',
      childCount: 40,
      isLeaf: false,
      own: false,
    })
  })

  it('maps a unit without children to a leaf', () => {
    expect(toTreeNode({ ...district, childCount: 0 }).isLeaf).toBe(true)
  })

  it('marks the own unit', () => {
    expect(toTreeNode(district, '2').own).toBe(true)
    expect(toTreeNode(district, '3').own).toBe(false)
  })
})

describe('unitDetailRows', () => {
  it('lists the fields with translated labels and enum values', () => {
    const rows = unitDetailRows(
      { ...district, category: 'SOCIAL_MANAGEMENT', creditCode: '11330100002489123X' },
      t,
    )
    expect(rows.map((row) => [row.key, row.label, row.value])).toEqual([
      ['name', '[org.fields.name]', '江州市清河区人民政府'],
      ['code', '[org.fields.code]', 'JZ-QH'],
      ['kind', '[org.fields.kind]', '[enums.UnitKind.REGION_GOVERNMENT]'],
      ['level', '[org.fields.level]', '[enums.UnitLevel.COUNTY]'],
      ['category', '[org.fields.category]', '[enums.UnitCategory.SOCIAL_MANAGEMENT]'],
      ['creditCode', '[org.fields.creditCode]', '11330100002489123X'],
      ['parent', '[org.fields.parent]', '江州市人民政府（JZ）'],
      ['childCount', '[org.fields.childCount]', '40'],
    ])
  })

  it('shows a placeholder for absent optional fields and says a root has no parent', () => {
    const rows = unitDetailRows({ ...district, parentId: null, parent: null }, t)
    const value = (key: string) => rows.find((row) => row.key === key)?.value
    expect(value('category')).toBe('[common.none]')
    expect(value('creditCode')).toBe('[common.none]')
    expect(value('parent')).toBe('[org.noParent]')
  })
})
