import { describe, expect, it } from 'vitest'
import { UnitKind } from '../generated/graphql'
import { nearFirst, unitLabel } from '../unitChoices'

describe('unit pickers', () => {
  it('name an office with its department, other units by their name', () => {
    expect(unitLabel({ name: '执法监督科', kind: UnitKind.INTERNAL_OFFICE, parent: { name: '清河区生态环境局' } })).toBe('清河区生态环境局 / 执法监督科')
    expect(unitLabel({ name: '清河区生态环境局', kind: UnitKind.GOVERNMENT_DEPARTMENT, parent: { name: '清河区人民政府' } })).toBe('清河区生态环境局')
    expect(unitLabel({ name: '执法监督科', kind: UnitKind.INTERNAL_OFFICE, parent: null })).toBe('执法监督科')
  })

  it("list the user's district first, then the others once", () => {
    const district = [{ id: 'qh-k1' }, { id: 'qh-k2' }]
    const everywhere = [{ id: 'city-k1' }, { id: 'qh-k1' }, { id: 'other-k1' }, { id: 'qh-k2' }]
    expect(nearFirst(district, everywhere).map((unit) => unit.id)).toEqual(['qh-k1', 'qh-k2', 'city-k1', 'other-k1'])
    expect(nearFirst([], everywhere)).toEqual(everywhere)
  })
})
