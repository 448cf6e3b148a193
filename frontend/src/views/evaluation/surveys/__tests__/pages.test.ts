import { describe, expect, it } from 'vitest'
import {
  draftFrom,
  draftInput,
  draftProblem,
  managesSurveys,
  newDraft,
  newQuestion,
  publishProblem,
  seesResults,
  statusType,
  stillToAnswer,
  unitsLeft,
} from '../data'

describe('the designer draft', () => {
  it('starts with one scale question and the round it was opened for', () => {
    const d = newDraft('7')
    expect(d.roundId).toBe('7')
    expect(d.questions.map((q) => q.kind)).toEqual(['SCALE'])
  })

  it('names the first problem: title, no question, then the question by number', () => {
    expect(draftProblem({ ...newDraft(), title: ' ' })).toEqual({ key: 'evaluationSurveys.problem.title', question: 0 })
    expect(draftProblem({ ...newDraft(), title: '问卷', questions: [] })?.key).toBe('evaluationSurveys.problem.noQuestions')
    const d = { ...newDraft(), title: '问卷', questions: [{ ...newQuestion('SCALE'), text: '满意吗' }, newQuestion('SINGLE_CHOICE')] }
    expect(draftProblem(d)).toEqual({ key: 'evaluationSurveys.problem.text', question: 2 })
    expect(draftProblem({ ...d, questions: [d.questions[0]!] })).toBeNull()
  })

  it('copies a saved questionnaire so editing never changes it', () => {
    const saved = { title: 'T', intro: null, roundId: null, targets: [{ id: '1', name: 'A' }],
      questions: [{ ...newQuestion('SINGLE_CHOICE'), text: 'Q', options: ['是', '否'] }] }
    const d = draftFrom(saved)
    d.questions[0]!.options[0] = '改'
    expect(saved.questions[0]!.options[0]).toBe('是')
    expect(d.intro).toBe('')
  })

  it('sends trimmed fields, target ids and an empty intro as null', () => {
    const d = { ...newDraft('3'), title: ' 问卷 ', intro: '  ', targets: [{ id: '5', name: 'A' }] }
    expect(draftInput(d)).toMatchObject({ title: '问卷', intro: null, roundId: '3', targetUnitIds: ['5'] })
  })
})

describe('publishing', () => {
  it.each([
    ['UNITS', [], null, [], 'evaluationSurveys.problem.respondents'],
    ['UNITS', ['2'], null, ['2'], 'evaluationSurveys.problem.selfRating'],
    ['UNITS', ['2'], null, ['3'], null],
    ['OFFICE_HEADS', [], null, [], 'evaluationSurveys.problem.officeUnit'],
    ['OFFICE_HEADS', [], '4', ['5'], 'evaluationSurveys.problem.officeTarget'],
    ['OFFICE_HEADS', [], '4', ['4', '5'], 'evaluationSurveys.problem.officeTarget'],
    ['OFFICE_HEADS', [], '4', ['4'], null],
    ['OFFICE_HEADS', [], '4', [], null],
    ['ANONYMOUS', [], null, ['4'], null],
  ] as const)('%s to %j, office %s, assessing %j → %s', (audience, respondents, office, targets, problem) => {
    expect(publishProblem(audience, respondents, office, targets)).toBe(problem)
  })
})

describe('named respondents', () => {
  const targets = [{ id: '1', name: 'A' }, { id: '2', name: 'B' }]
  it('rates each assessed unit once', () => {
    expect(unitsLeft({ targets, myResponses: [{ targetUnitId: '1' }] }).map((u) => u.id)).toEqual(['2'])
    expect(stillToAnswer({ targets, myResponses: [{ targetUnitId: '1' }, { targetUnitId: '2' }] })).toBe(false)
  })
  it('answers a questionnaire without assessed units once', () => {
    expect(stillToAnswer({ targets: [], myResponses: [] })).toBe(true)
    expect(stillToAnswer({ targets: [], myResponses: [{ targetUnitId: null }] })).toBe(false)
  })
})

describe('roles and labels', () => {
  it('lets only 编办 manage', () => {
    expect(managesSurveys(['ESTABLISHMENT_OFFICE'])).toBe(true)
    expect(managesSurveys(['LEADER', 'DEPARTMENT'])).toBe(false)
  })
  it('colours the statuses', () => {
    expect([statusType('DRAFT'), statusType('PUBLISHED'), statusType('CLOSED')]).toEqual(['warning', 'success', 'info'])
  })
  it('shows results to 编办 and leaders once published, to the assessed once shared', () => {
    expect(seesResults(['ESTABLISHMENT_OFFICE'], { status: 'DRAFT', resultsShared: false })).toBe(false)
    expect(seesResults(['LEADER'], { status: 'PUBLISHED', resultsShared: false })).toBe(true)
    expect(seesResults(['DEPARTMENT'], { status: 'CLOSED', resultsShared: false })).toBe(false)
    expect(seesResults(['DEPARTMENT'], { status: 'CLOSED', resultsShared: true })).toBe(true)
  })
})
