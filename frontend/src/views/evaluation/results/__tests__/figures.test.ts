import { describe, expect, it } from 'vitest'
import { FigureKind } from '@/api/generated/graphql'
import { formatChange, formatFigure, formatFigureValue, formatPoints, formatShare } from '../figures'

/** The same table as the backend's FigureFormatTest: the letter, the export and the pages read a figure alike. */
describe('figures read by their kind', () => {
  it.each([
    [FigureKind.RATE, null, '0.9607', '269', '280', '96.07%（269/280）'],
    [FigureKind.RATE, null, '0.5', '1.00', '2.00', '50.00%（1/2）'],
    [FigureKind.RATE, null, 1, null, null, '100.00%'],
    [FigureKind.RATE, null, '0.12345', null, null, '12.35%'],
    [FigureKind.RATE, null, 0, 0, 17, '0.00%（0/17）'],
    [FigureKind.RATE, null, '0.931', '93.10', '100.00', '93.10%（93.1/100）'],
    [FigureKind.COUNT, '次', '27.0000', '27.00', null, '27 次'],
    [FigureKind.COUNT, '项', '0.0000', null, null, '0 项'],
    [FigureKind.COUNT, null, 3, null, null, '3'],
    [FigureKind.COUNT, '次', '1.5', null, null, '1.5 次'],
    [FigureKind.NUMBER, null, '91.9', null, null, '91.90'],
    [FigureKind.NUMBER, null, 1, null, null, '1.00'],
    [FigureKind.RATE, null, null, 1, 2, '—'],
    [FigureKind.COUNT, '次', null, null, null, '—'],
  ] as const)('%s %s %s → %s', (figureKind, figureUnit, figure, numerator, denominator, text) => {
    expect(formatFigure({ figureKind, figureUnit, figure, numerator, denominator })).toBe(text)
  })

  it('reads a figure of unknown kind as a plain number', () => {
    expect(formatFigureValue({ figure: '0.9' })).toBe('0.90')
    expect(formatFigureValue({ figure: '0.9', figureKind: null })).toBe('0.90')
  })

  it.each([
    ['7.69', '7.69'],
    [10, '10.00'],
    ['7.685', '7.69'],
    [0, '0.00'],
    ['-3.333', '-3.33'],
    [1.005, '1.01'],
    [null, '—'],
    ['', '—'],
  ] as const)('points %s → %s', (v, text) => {
    expect(formatPoints(v)).toBe(text)
  })

  it('reads shares on the hundred scale as percentages and changes with their sign', () => {
    expect(formatShare('40')).toBe('40.00%')
    expect(formatShare(87.456)).toBe('87.46%')
    expect(formatShare(null)).toBe('—')
    expect(formatChange('1.2')).toBe('+1.20')
    expect(formatChange('-3.33')).toBe('−3.33')
    expect(formatChange('0')).toBe('0.00')
    expect(formatChange(null)).toBe('—')
  })
})
