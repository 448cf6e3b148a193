import { describe, expect, it } from 'vitest'
import { DutyChangeStatus, DutyRole, Role, UnitKind } from '@/api/generated/graphql'
import {
  buildDutyFilter,
  canEditMandate,
  changeStatusTag,
  emptyDutyFilter,
  figureChanges,
  hasMandate,
  staffingFieldForError,
  totalPosts,
  vacancies,
  validateStaffing,
  type StaffingForm,
} from '../data'

const figures = { administrativePosts: 20, institutionalPosts: 5, serviceWorkerPosts: 2, leaderPosts: 4, actualHeadcount: 25 }

function form(overrides: Partial<StaffingForm> = {}): StaffingForm {
  return { ...figures, documentNo: '清编〔2026〕12号', reason: '职责划入', effectiveDate: '', ...overrides }
}

describe('duty filter', () => {
  it('sends only what is set', () => {
    expect(buildDutyFilter(emptyDutyFilter())).toEqual({})
    expect(buildDutyFilter({ role: DutyRole.SUPPORT, changeStatus: null, transferredOnly: true })).toEqual({
      role: DutyRole.SUPPORT,
      transferredOnly: true,
    })
  })

  it('makes transfers stand out', () => {
    expect(changeStatusTag(DutyChangeStatus.TRANSFERRED_IN)).toBe('danger')
    expect(changeStatusTag(DutyChangeStatus.TRANSFERRED_OUT)).toBe('danger')
    expect(changeStatusTag(DutyChangeStatus.UNCHANGED)).toBe('info')
  })
})

describe('who sees what', () => {
  it('gives departments and townships a mandate, not offices or grids', () => {
    expect(hasMandate(UnitKind.GOVERNMENT_DEPARTMENT)).toBe(true)
    expect(hasMandate(UnitKind.TOWNSHIP)).toBe(true)
    expect(hasMandate(UnitKind.INTERNAL_OFFICE)).toBe(false)
    expect(hasMandate(UnitKind.GRID)).toBe(false)
  })

  it('offers editing to the establishment office only', () => {
    expect(canEditMandate([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(canEditMandate([Role.DEPARTMENT, Role.LEADER])).toBe(false)
  })
})

describe('staffing figures', () => {
  it('sums approved posts and counts vacancies', () => {
    expect(totalPosts(figures)).toBe(27)
    expect(vacancies(figures)).toBe(2)
  })

  it('lists only what a change changed, everything for the first approval', () => {
    expect(figureChanges(figures, { ...figures, administrativePosts: 22 })).toEqual([
      { key: 'administrativePosts', before: 20, after: 22 },
    ])
    expect(figureChanges(null, figures)).toHaveLength(5)
  })

  it('refuses negative numbers, too many leader posts and a missing document number', () => {
    expect(validateStaffing(form())).toEqual({})
    expect(validateStaffing(form({ actualHeadcount: -1 }))).toEqual({ actualHeadcount: 'mandates.staffing.errors.nonNegative' })
    expect(validateStaffing(form({ leaderPosts: 26 }))).toEqual({ leaderPosts: 'mandates.staffing.errors.leaderPosts' })
    expect(validateStaffing(form({ documentNo: ' ', administrativePosts: null }))).toEqual({
      administrativePosts: 'mandates.staffing.errors.nonNegative',
      documentNo: 'mandates.staffing.errors.required',
    })
  })

  it('maps server field names onto the form', () => {
    expect(staffingFieldForError('input.leaderPosts')).toBe('leaderPosts')
    expect(staffingFieldForError('input.unknown')).toBeNull()
    expect(staffingFieldForError(null)).toBeNull()
  })
})
