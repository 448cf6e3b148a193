import { describe, expect, it } from 'vitest'
import type { StatisticsGroup } from '@/api/statistics'
import { categoryOption, monthlyOption, percent, periodOf, satisfactionOption } from '../charts'

function group(key: string, over: Partial<StatisticsGroup> = {}): StatisticsGroup {
  return {
    __typename: 'CaseStatisticsGroup',
    key,
    label: key,
    cases: 0,
    dispatches: 0,
    closed: 0,
    replied: 0,
    onTime: 0,
    ratings: 0,
    satisfied: 0,
    basicallySatisfied: 0,
    unsatisfied: 0,
    satisfactionRate: null,
    onTimeRate: null,
    ranked: false,
    rank: null,
    ...over,
  } as StatisticsGroup
}

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('chart options', () => {
  it('formats rates as percentages and a dash without a denominator', () => {
    expect(percent(1 / 3)).toBe('33.33%')
    expect(percent(1)).toBe('100.00%')
    expect(percent(null)).toBe('—')
  })

  it('orders months and puts the on-time rate on the right axis', () => {
    const option = monthlyOption(
      [group('2026-11', { cases: 5, closed: 2, onTimeRate: 0.5 }), group('2026-10', { cases: 3, closed: 3 })],
      { cases: 'C', closed: 'D', onTimeRate: 'R' },
    ) as any
    expect(option.xAxis.data).toEqual(['2026-10', '2026-11'])
    expect(option.series[0].data).toEqual([3, 5])
    expect(option.series[2].data).toEqual([null, 50])
    expect(option.series[2].yAxisIndex).toBe(1)
  })

  it('lists ranked units by rank (best on top) and greys the ones below the minimum sample', () => {
    const option = satisfactionOption(
      [
        group('a', { ratings: 10, satisfactionRate: 0.5, ranked: true, rank: 2 }),
        group('b', { ratings: 2, satisfactionRate: 1, ranked: false }),
        group('c', { ratings: 8, satisfactionRate: 0.875, ranked: true, rank: 1 }),
        group('d', { ratings: 0 }),
      ],
      { rate: 'rate', belowSample: 'few' },
    ) as any
    // horizontal bars draw bottom-up: the best is last
    expect(option.yAxis.data).toEqual(['b', '2. a', '1. c'])
    expect(option.series[0].data.map((d: any) => d.value)).toEqual([100, 50, 87.5])
    expect(option.series[0].data[0].itemStyle).toEqual({ color: '#c0c4cc' })
    expect(option.series[0].data[0].label.formatter).toBe('few (2)')
    expect(option.series[0].data[2].label.formatter).toBe('87.50% (8)')
  })

  it('keeps the largest categories and sums the rest', () => {
    const option = categoryOption(
      [group('x', { cases: 1 }), group('y', { cases: 9 }), group('z', { cases: 4 }), group('w', { cases: 2 })],
      'other',
      2,
    ) as any
    expect(option.series[0].data).toEqual([
      { name: 'y', value: 9 },
      { name: 'z', value: 4 },
      { name: 'other', value: 3 },
    ])
  })

  it('spans the last months up to the current one', () => {
    const [from, to] = periodOf(new Date(2026, 0, 15), 6)
    expect([from.getFullYear(), from.getMonth()]).toEqual([2025, 7])
    expect([to.getFullYear(), to.getMonth(), to.getDate()]).toEqual([2026, 0, 1])
  })
})
