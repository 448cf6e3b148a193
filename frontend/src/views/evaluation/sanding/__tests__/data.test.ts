import { describe, expect, it } from 'vitest'
import { DutyChangeStatus, EvaluationStage, FollowUpStatus, ItemStatus, Role, Verdict } from '@/api/generated/graphql'
import type { FindingRow, SandingCounts, SandingUnitRow } from '@/api/evaluationSanding'
import {
  canEdit,
  caseLink,
  checkDraft,
  defaultDepartment,
  draftOf,
  followUpTag,
  hasFollowUp,
  initialWrongUnit,
  isDirty,
  itemTag,
  picksDepartment,
  problemCount,
  recordedRate,
  recordsFindings,
  toInput,
  verdictTag,
  VERDICTS,
} from '../data'

const finding = (over: Partial<FindingRow> = {}): FindingRow => ({
  id: '7',
  verdict: Verdict.MISPLACED,
  note: '由城管履行',
  evidence: null,
  version: 3,
  recordedByName: '编办',
  updatedAt: '2026-12-05T08:00:00Z',
  problemRaised: true,
  followUpProblemRaised: false,
  wrongUnit: { id: '11', code: 'JZ-QH-D11', name: '清河区城市管理局' },
  ...over,
})

const counts = (over: Partial<SandingCounts> = {}): SandingCounts => ({
  duties: 9, recorded: 9, fulfilled: 7, absent: 1, overstep: 0, misplaced: 1, followedUp: 0, ...over,
})

describe('who does what', () => {
  it.each([
    [[Role.ESTABLISHMENT_OFFICE], EvaluationStage.FIRST_MARK, true],
    [[Role.ESTABLISHMENT_OFFICE], EvaluationStage.DRAFT, true],
    [[Role.ESTABLISHMENT_OFFICE], EvaluationStage.PUBLISHED, false],
    [[Role.ESTABLISHMENT_OFFICE], null, false],
    [[Role.LEADER], EvaluationStage.FIRST_MARK, false],
    [[Role.DEPARTMENT], EvaluationStage.REPLY, false],
  ])('%j edits in %s: %s', (roles, stage, expected) => {
    expect(canEdit(roles, stage)).toBe(expected)
  })

  it('only 编办 records; 编办 and leaders pick a department, a department does not', () => {
    expect(recordsFindings([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(recordsFindings([Role.LEADER])).toBe(false)
    expect(picksDepartment([Role.LEADER])).toBe(true)
    expect(picksDepartment([Role.ESTABLISHMENT_OFFICE])).toBe(true)
    expect(picksDepartment([Role.DEPARTMENT])).toBe(false)
  })

  it('opens on the caller’s own department when listed, else the first', () => {
    const units = [{ unitId: '9' }, { unitId: '10' }] as SandingUnitRow[]
    expect(defaultDepartment(units, '10')).toBe('10')
    expect(defaultDepartment(units, '99')).toBe('9')
    expect(defaultDepartment(units, null)).toBe('9')
    expect(defaultDepartment([], '10')).toBeNull()
  })
})

describe('tags', () => {
  it('colours verdicts, follow-ups and items', () => {
    expect(VERDICTS).toEqual([Verdict.FULFILLED, Verdict.ABSENT, Verdict.OVERSTEP, Verdict.MISPLACED])
    expect(verdictTag(Verdict.FULFILLED)).toBe('success')
    expect(verdictTag(Verdict.ABSENT)).toBe('danger')
    expect(verdictTag(Verdict.MISPLACED)).toBe('warning')
    expect(verdictTag(null)).toBe('info')
    expect(followUpTag(FollowUpStatus.FLAGGED)).toBe('danger')
    expect(followUpTag(FollowUpStatus.CLEAR)).toBe('success')
    expect(followUpTag(FollowUpStatus.NOT_LINKED)).toBe('info')
    expect(itemTag(ItemStatus.PUBLISHED)).toBe('primary')
    expect(itemTag(ItemStatus.RETIRED)).toBe('info')
    expect(itemTag(ItemStatus.DRAFT)).toBe('warning')
  })

  it.each([
    [DutyChangeStatus.CANCELLED, true],
    [DutyChangeStatus.STRENGTHENED, true],
    [DutyChangeStatus.UNCHANGED, false],
    [DutyChangeStatus.ADDED, false],
    [DutyChangeStatus.TRANSFERRED_IN, false],
    [DutyChangeStatus.TRANSFERRED_OUT, false],
  ])('%s has a follow-up: %s', (change, expected) => {
    expect(hasFollowUp(change)).toBe(expected)
  })
})

describe('the finding form', () => {
  it('starts from the saved finding, or empty', () => {
    expect(draftOf(finding())).toEqual({ verdict: Verdict.MISPLACED, wrongUnitId: '11', note: '由城管履行', evidence: '' })
    expect(draftOf(null)).toEqual({ verdict: null, wrongUnitId: null, note: '', evidence: '' })
    expect(initialWrongUnit(finding())?.code).toBe('JZ-QH-D11')
    expect(initialWrongUnit(null)).toBeNull()
  })

  it.each([
    [{ verdict: null, wrongUnitId: null, note: '', evidence: '' }, 'verdictRequired'],
    [{ verdict: Verdict.MISPLACED, wrongUnitId: null, note: '', evidence: '' }, 'wrongUnitRequired'],
    [{ verdict: Verdict.MISPLACED, wrongUnitId: '10', note: '', evidence: '' }, 'wrongUnitSelf'],
    [{ verdict: Verdict.ABSENT, wrongUnitId: null, note: '长'.repeat(2001), evidence: '' }, 'noteTooLong'],
    [{ verdict: Verdict.ABSENT, wrongUnitId: null, note: '', evidence: '𠀀'.repeat(2001) }, 'evidenceTooLong'],
    [{ verdict: Verdict.ABSENT, wrongUnitId: null, note: '𠀀'.repeat(2000), evidence: '' }, null],
    [{ verdict: Verdict.MISPLACED, wrongUnitId: '11', note: '', evidence: '' }, null],
    [{ verdict: Verdict.FULFILLED, wrongUnitId: null, note: '', evidence: '' }, null],
  ])('%j → %s', (draft, expected) => {
    expect(checkDraft(draft, '10')).toBe(expected)
  })

  it('is dirty only when something changed', () => {
    expect(isDirty(draftOf(finding()), finding())).toBe(false)
    expect(isDirty({ ...draftOf(finding()), note: ' 由城管履行 ' }, finding())).toBe(false)
    expect(isDirty({ ...draftOf(finding()), verdict: Verdict.ABSENT }, finding())).toBe(true)
    expect(isDirty({ ...draftOf(finding()), wrongUnitId: '12' }, finding())).toBe(true)
    expect(isDirty({ ...draftOf(finding()), evidence: '核验记录' }, finding())).toBe(true)
    expect(isDirty(draftOf(null), null)).toBe(false)
    expect(isDirty({ ...draftOf(null), verdict: Verdict.FULFILLED }, null)).toBe(true)
    const fulfilled = finding({ verdict: Verdict.FULFILLED, wrongUnit: null })
    expect(isDirty({ ...draftOf(fulfilled), wrongUnitId: '11' }, fulfilled)).toBe(false)
  })

  it('builds the input: the other unit only for 错位, empty texts left out, the version edited', () => {
    expect(toInput({ verdict: Verdict.MISPLACED, wrongUnitId: '11', note: ' 由城管履行 ', evidence: '' }, 'r1', 'd1', finding()))
      .toEqual({ roundId: 'r1', dutyId: 'd1', verdict: Verdict.MISPLACED, wrongUnitId: '11', note: '由城管履行', evidence: null, version: 3 })
    expect(toInput({ verdict: Verdict.ABSENT, wrongUnitId: '11', note: '', evidence: '抽查' }, 'r1', 'd1', null))
      .toEqual({ roundId: 'r1', dutyId: 'd1', verdict: Verdict.ABSENT, wrongUnitId: null, note: null, evidence: '抽查', version: null })
    expect(() => toInput(draftOf(null), 'r1', 'd1', null)).toThrow()
  })
})

describe('summary figures', () => {
  it('counts the problems and the recorded share with two decimals', () => {
    expect(problemCount(counts())).toBe(2)
    expect(recordedRate(counts())).toBe('100.00%')
    expect(recordedRate(counts({ recorded: 2, duties: 3 }))).toBe('66.67%')
    expect(recordedRate(counts({ duties: 0, recorded: 0 }))).toBe('—')
    expect(caseLink('42')).toBe('/cases/42')
  })
})
