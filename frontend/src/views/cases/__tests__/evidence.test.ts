import { describe, expect, it } from 'vitest'
import { RatingLevel, Role, UnitKind } from '@/api/generated/graphql'
import { canExportEvidence } from '../modules/evidence'

const unsatisfied = [{ level: RatingLevel.UNSATISFIED, originalLevel: RatingLevel.UNSATISFIED }]
const revised = [{ level: RatingLevel.BASICALLY_SATISFIED, originalLevel: RatingLevel.UNSATISFIED }]
const satisfied = [{ level: RatingLevel.SATISFIED, originalLevel: RatingLevel.SATISFIED }]

describe('canExportEvidence', () => {
  it('shows for 纪委监委, 组织部, 编办 and the district centre on a case that had an unsatisfied rating', () => {
    for (const roles of [[Role.DISCIPLINE], [Role.ORGANISATION], [Role.ESTABLISHMENT_OFFICE]]) {
      expect(canExportEvidence({ roles, unitKind: null }, unsatisfied)).toBe(true)
      expect(canExportEvidence({ roles, unitKind: null }, revised)).toBe(true)
    }
    expect(canExportEvidence({ roles: [Role.COMMAND_CENTRE], unitKind: UnitKind.COMMAND_CENTRE }, unsatisfied)).toBe(true)
  })
  it('hides for a township room, departments and leaders, and on a case never rated unsatisfied', () => {
    expect(canExportEvidence({ roles: [Role.COMMAND_CENTRE], unitKind: UnitKind.TOWNSHIP_COMMAND_ROOM }, unsatisfied)).toBe(false)
    expect(canExportEvidence({ roles: [Role.DEPARTMENT], unitKind: UnitKind.GOVERNMENT_DEPARTMENT }, unsatisfied)).toBe(false)
    expect(canExportEvidence({ roles: [Role.LEADER], unitKind: UnitKind.REGION_GOVERNMENT }, unsatisfied)).toBe(false)
    expect(canExportEvidence({ roles: [Role.DISCIPLINE], unitKind: null }, satisfied)).toBe(false)
    expect(canExportEvidence({ roles: [Role.DISCIPLINE], unitKind: null }, [])).toBe(false)
  })
})
