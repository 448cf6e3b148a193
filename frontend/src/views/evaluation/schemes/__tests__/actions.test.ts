import { describe, expect, it } from 'vitest'
import { Role, SchemeStatus } from '@/api/generated/graphql'
import { buildsSchemes, schemeActions, statusTag } from '../actions'

const office = [Role.ESTABLISHMENT_OFFICE]

describe('scheme actions mirror the backend', () => {
  it('lets only 编办 build schemes', () => {
    expect(buildsSchemes(office)).toBe(true)
    for (const role of [Role.LEADER, Role.DEPARTMENT, Role.TOWNSHIP, Role.COMMITTEE]) expect(buildsSchemes([role])).toBe(false)
    expect(schemeActions([Role.LEADER], { status: SchemeStatus.DRAFT, editable: true })).toEqual([])
  })

  it('edits and activates a draft no round uses; starts a new version of anything locked', () => {
    expect(schemeActions(office, { status: SchemeStatus.DRAFT, editable: true })).toEqual(['edit', 'activate'])
    expect(schemeActions(office, { status: SchemeStatus.DRAFT, editable: false })).toEqual(['activate', 'newVersion'])
    expect(schemeActions(office, { status: SchemeStatus.ACTIVE, editable: false })).toEqual(['newVersion'])
    expect(schemeActions(office, { status: SchemeStatus.SUPERSEDED, editable: false })).toEqual(['newVersion'])
  })

  it('tags the status', () => {
    expect(statusTag(SchemeStatus.ACTIVE)).toBe('success')
    expect(statusTag(SchemeStatus.DRAFT)).toBe('warning')
    expect(statusTag(SchemeStatus.SUPERSEDED)).toBe('info')
  })
})
