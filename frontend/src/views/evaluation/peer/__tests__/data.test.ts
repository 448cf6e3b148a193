import { describe, expect, it } from 'vitest'
import { EvaluationCategory, PeerKind, PeerSeat } from '@/api/generated/graphql'
import type { MyPeerTasks, PeerAssessment, PeerMatrix, PeerTask } from '@/api/evaluationPeer'
import {
  canSubmit,
  changedTargets,
  draftsOf,
  formatScore,
  kindOf,
  laggingRaters,
  panels,
  percent,
  RULE_KINDS,
  ruleDrafts,
  ruleKey,
  rulesProblem,
  rulesToSave,
  scoreProblem,
  shortTargets,
  unratedCount,
} from '../data'

function unit(id: string, code = `C${id}`) {
  return { id, code, name: `单位${id}` }
}

function task(id: string, score: string | null, comment: string | null = null, version = 0): PeerTask {
  return { target: unit(id), targetKind: PeerKind.DEPARTMENT, score, comment, ratedAt: score === null ? null : '2026-06-01T02:00:00Z', version }
}

function assessment(rules: PeerAssessment['rules'], configured = true): PeerAssessment {
  return {
    roundId: '1', roundName: '测试批次', roundStage: 'SELF_ASSESSMENT' as PeerAssessment['roundStage'], seat: PeerSeat.OFFICE,
    configured, closesAt: null, windowOpen: true, trimFrom: 5, generatedAt: null, generatedByName: null, version: 0, rules,
  }
}

describe('peer rules form', () => {
  it('offers the three kinds of rating, never townships rating townships', () => {
    expect(RULE_KINDS.map((k) => ruleKey(k.raterKind, k.targetKind)))
      .toEqual(['DEPARTMENT_DEPARTMENT', 'TOWNSHIP_DEPARTMENT', 'DEPARTMENT_TOWNSHIP'])
  })

  it('starts with every kind on and the defaults before the first save', () => {
    const drafts = ruleDrafts(null)
    expect(drafts.map((d) => [d.enabled, d.ratersPerTarget])).toEqual([[true, 8], [true, 3], [true, 5]])
    expect(ruleDrafts(assessment([], false)).every((d) => d.enabled)).toBe(true)
  })

  it('shows the saved rules, the kinds not saved switched off', () => {
    const drafts = ruleDrafts(assessment([{ raterKind: PeerKind.TOWNSHIP, targetKind: PeerKind.DEPARTMENT, ratersPerTarget: 4 }]))
    expect(drafts.map((d) => [d.enabled, d.ratersPerTarget])).toEqual([[false, 8], [true, 4], [false, 5]])
    expect(rulesToSave(drafts)).toEqual([{ raterKind: PeerKind.TOWNSHIP, targetKind: PeerKind.DEPARTMENT, ratersPerTarget: 4 }])
  })

  it('needs one kind on, each with a whole number of raters from 1 to 100', () => {
    const drafts = ruleDrafts(null)
    expect(rulesProblem(drafts)).toBeNull()
    expect(rulesProblem(drafts.map((d) => ({ ...d, enabled: false })))).toBe('noRule')
    expect(rulesProblem(drafts.map((d, i) => (i === 0 ? { ...d, ratersPerTarget: 0 } : d)))).toBe('raters')
    expect(rulesProblem(drafts.map((d, i) => (i === 0 ? { ...d, ratersPerTarget: 101 } : d)))).toBe('raters')
    expect(rulesProblem(drafts.map((d, i) => (i === 0 ? { ...d, ratersPerTarget: 2.5 } : d)))).toBe('raters')
    // a kind switched off is not checked
    expect(rulesProblem(drafts.map((d, i) => (i === 0 ? { ...d, enabled: false, ratersPerTarget: 0 } : d)))).toBeNull()
  })
})

describe('who sees which section', () => {
  it.each([
    [PeerSeat.OFFICE, { setup: true, matrix: true, aggregates: true, tasks: false }],
    [PeerSeat.LEADER, { setup: false, matrix: true, aggregates: true, tasks: false }],
    [PeerSeat.RATER, { setup: false, matrix: false, aggregates: true, tasks: true }],
    [PeerSeat.NONE, { setup: false, matrix: false, aggregates: false, tasks: false }],
  ])('%s', (seat, expected) => {
    expect(panels(seat)).toEqual(expected)
  })

  it('puts townships on one side and every department category on the other', () => {
    expect(kindOf(EvaluationCategory.TOWNSHIP)).toBe(PeerKind.TOWNSHIP)
    expect(kindOf(EvaluationCategory.LAW_ENFORCEMENT)).toBe(PeerKind.DEPARTMENT)
    expect(kindOf(EvaluationCategory.GENERAL_SUPPORT)).toBe(PeerKind.DEPARTMENT)
  })
})

describe('a rater’s scores', () => {
  it.each([
    ['', 'required'], ['  ', 'required'], ['abc', 'range'], ['-1', 'range'], ['100.01', 'range'], ['101', 'range'],
    ['1e2', 'range'], ['88.123', 'decimals'], ['0', null], ['100', null], ['88.5', null], ['88.25', null], [' 90 ', null],
  ])('“%s” → %s', (input, expected) => {
    expect(scoreProblem(input)).toBe(expected)
  })

  it('drafts start from the saved ratings and notice what changed', () => {
    const tasks = [task('1', '88.5', '配合积极'), task('2', null)]
    const drafts = draftsOf(tasks)
    expect(drafts).toEqual({ 1: { score: '88.5', comment: '配合积极' }, 2: { score: '', comment: '' } })
    expect(changedTargets(tasks, drafts)).toEqual([])
    expect(changedTargets(tasks, { ...drafts, 1: { score: '88.50', comment: '配合积极' } })).toEqual([])
    expect(changedTargets(tasks, { ...drafts, 1: { score: '90', comment: '配合积极' } })).toEqual(['1'])
    expect(changedTargets(tasks, { ...drafts, 1: { score: '88.5', comment: '很好' } })).toEqual(['1'])
    expect(changedTargets(tasks, { ...drafts, 2: { score: '0', comment: '' } })).toEqual(['2'])
  })

  it('submits only a whole, saved, editable set', () => {
    const done = [task('1', '80'), task('2', '90')]
    const mine = (tasks: PeerTask[], editable = true): MyPeerTasks => ({ submittedAt: null, editable, lockedReason: null, tasks })
    expect(unratedCount(done)).toBe(0)
    expect(canSubmit(mine(done), draftsOf(done))).toBe(true)
    expect(canSubmit(mine(done, false), draftsOf(done))).toBe(false)
    expect(canSubmit(mine([]), {})).toBe(false)
    const partly = [task('1', '80'), task('2', null)]
    expect(unratedCount(partly)).toBe(1)
    expect(canSubmit(mine(partly), draftsOf(partly))).toBe(false)
    expect(canSubmit(mine(done), { ...draftsOf(done), 2: { score: '70', comment: '' } })).toBe(false)
  })
})

describe('completion and scores', () => {
  it('formats shares and scores with two decimals', () => {
    expect(percent(97, 101)).toBe('96.04%')
    expect(percent(0, 0)).toBe('—')
    expect(percent(5, 5)).toBe('100.00%')
    expect(formatScore('83.75')).toBe('83.75')
    expect(formatScore(80)).toBe('80.00')
    expect(formatScore(null)).toBe('—')
  })

  it('lists the raters not done yet, least advanced first, and the targets short of raters', () => {
    const matrix: PeerMatrix = {
      assignmentCount: 12, ratedCount: 5, raterCount: 4, submittedCount: 1,
      targets: [
        { unit: unit('1'), kind: PeerKind.DEPARTMENT, wanted: 3, assigned: 3, rated: 2 },
        { unit: unit('2'), kind: PeerKind.DEPARTMENT, wanted: 3, assigned: 2, rated: 0 },
      ],
      raters: [
        { unit: unit('3', 'B'), kind: PeerKind.DEPARTMENT, assigned: 4, rated: 2, submittedAt: null },
        { unit: unit('4', 'A'), kind: PeerKind.DEPARTMENT, assigned: 4, rated: 4, submittedAt: '2026-06-01T02:00:00Z' },
        { unit: unit('5', 'C'), kind: PeerKind.TOWNSHIP, assigned: 4, rated: 0, submittedAt: null },
        { unit: unit('6', 'D'), kind: PeerKind.TOWNSHIP, assigned: 0, rated: 0, submittedAt: null },
      ],
    }
    expect(laggingRaters(matrix).map((r) => r.unit.code)).toEqual(['C', 'B'])
    expect(shortTargets(matrix).map((r) => r.unit.id)).toEqual(['2'])
  })
})
