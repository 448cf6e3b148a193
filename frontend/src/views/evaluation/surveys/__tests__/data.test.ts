import { describe, expect, it } from 'vitest'
import { serverText } from '@/api/errorText'
import {
  emptySheet,
  listFilters,
  mean,
  missingRequired,
  moveQuestion,
  newQuestion,
  percent,
  publicFailure,
  publicLink,
  questionInput,
  questionProblem,
  sheetInput,
} from '../data'

describe('questionnaire design', () => {
  it('starts each kind with its defaults', () => {
    expect(newQuestion('SINGLE_CHOICE').options).toEqual(['', ''])
    expect(newQuestion('SCALE')).toMatchObject({ scaleMax: 5, lowLabel: '很不满意', highLabel: '很满意', required: true })
    expect(newQuestion('TEXT').required).toBe(false)
  })

  it('moves a question up or down, never past an end', () => {
    expect(moveQuestion(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moveQuestion(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
    expect(moveQuestion(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveQuestion(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })

  it.each([
    [{ ...newQuestion('SINGLE_CHOICE'), text: '身份', options: ['企业', '群众'] }, null],
    [{ ...newQuestion('SINGLE_CHOICE'), text: '', options: ['企业', '群众'] }, 'evaluationSurveys.problem.text'],
    [{ ...newQuestion('MULTIPLE_CHOICE'), text: '渠道', options: ['窗口'] }, 'evaluationSurveys.problem.options'],
    [{ ...newQuestion('MULTIPLE_CHOICE'), text: '渠道', options: ['窗口', ' 窗口 '] }, 'evaluationSurveys.problem.options'],
    [{ ...newQuestion('MULTIPLE_CHOICE'), text: '渠道', options: ['窗口', ''] }, 'evaluationSurveys.problem.options'],
    [{ ...newQuestion('SCALE'), text: '满意度', scaleMax: 7 }, 'evaluationSurveys.problem.scale'],
    [{ ...newQuestion('SCALE'), text: '满意度', scaleMax: 10 }, null],
    [{ ...newQuestion('TEXT'), text: '建议' }, null],
  ])('checks a designed question (%#)', (q, problem) => {
    expect(questionProblem(q)).toBe(problem)
  })

  it('sends only the fields of the kind', () => {
    expect(questionInput({ ...newQuestion('TEXT'), text: ' 建议 ', options: ['x'], scaleMax: 5 })).toEqual({
      kind: 'TEXT', text: '建议', required: false, options: [], scaleMax: null, lowLabel: null, highLabel: null,
    })
    expect(questionInput({ ...newQuestion('SCALE'), text: '满意度', lowLabel: '' })).toMatchObject({ scaleMax: 5, lowLabel: null })
  })
})

describe('answer sheet', () => {
  const questions = [{ required: true }, { required: false }, { required: true }, { required: false }]

  it('names the required questions left unanswered', () => {
    const sheet = emptySheet(4)
    expect(missingRequired(questions, sheet)).toEqual([1, 3])
    sheet[0]!.choices = [1]
    sheet[2]!.value = 4
    expect(missingRequired(questions, sheet)).toEqual([])
    sheet[0]!.choices = []
    sheet[0]!.text = '   '
    expect(missingRequired(questions, sheet)).toEqual([1])
  })

  it('sends the answered questions only, trimmed', () => {
    const sheet = emptySheet(4)
    sheet[0]!.choices = [2]
    sheet[2]!.value = 5
    sheet[3]!.text = ' 很好 '
    expect(sheetInput(sheet)).toEqual([
      { question: 0, choices: [2], value: null, text: null },
      { question: 2, choices: [], value: 5, text: null },
      { question: 3, choices: [], value: null, text: '很好' },
    ])
  })
})

describe('results and links', () => {
  it('writes shares as percentages with two decimals and means with two', () => {
    expect(percent(0.9607)).toBe('96.07%')
    expect(percent(0)).toBe('0.00%')
    expect(percent(null)).toBe('—')
    expect(mean(3.25)).toBe('3.25')
    expect(mean(undefined)).toBe('—')
  })

  it('builds the public address of an anonymous link', () => {
    expect(publicLink('https://lvzhi.example/', 'abc_DEF-123')).toBe('https://lvzhi.example/s/abc_DEF-123')
  })

  it('reads the list filters of the 五个一 link, ignoring anything but ids', () => {
    expect(listFilters({ roundId: '12', unitId: '7' })).toEqual({ roundId: '12', unitId: '7' })
    expect(listFilters({ roundId: 'x', unitId: ['7'] })).toEqual({ roundId: null, unitId: null })
    expect(listFilters({})).toEqual({ roundId: null, unitId: null })
  })
})

describe('a failed send of the anonymous page', () => {
  it.each([
    [404, null, { state: 'missing' }],
    [403, '问卷未在发布中，不能作答 (the questionnaire is not open for answers)', { state: 'closed' }],
    [429, '请求过于频繁 (too many requests)', { state: 'open', key: 'evaluationSurveys.public.busy', text: null }],
    [400, '第 2 题的分值须在 1 至 5 之间 (value out of range)', { state: 'open', key: null, text: '第 2 题的分值须在 1 至 5 之间 (value out of range)' }],
    [500, undefined, { state: 'open', key: 'evaluationSurveys.public.failed', text: null }],
    [0, null, { state: 'open', key: 'evaluationSurveys.public.failed', text: null }],
  ] as const)('HTTP %i with %j → %j', (status, message, failure) => {
    expect(publicFailure(status, message)).toEqual(failure)
  })

  it('shows the server\'s words in the reader\'s language, never the English gloss in Chinese', () => {
    const failure = publicFailure(400, '第 2 题的分值须在 1 至 5 之间 (value out of range)')
    expect(failure.state === 'open' && failure.text ? serverText(failure.text, 'chinese') : null).toBe('第 2 题的分值须在 1 至 5 之间')
  })
})
