import type { EChartsCoreOption } from 'echarts/core'
import type { StatisticsGroup } from '@/api/statistics'

/** A rate (0..1) as a percentage with two decimals (96.07%, as the exports write it); a dash when there is nothing to divide by. */
export function percent(rate: number | null | undefined): string {
  return rate == null ? '—' : `${(rate * 100).toFixed(2)}%`
}

export interface MonthlyTexts {
  cases: string
  closed: string
  onTimeRate: string
}

/** Cases and closed cases per month (bars) with the on-time rate (line, right axis), months in order. */
export function monthlyOption(groups: readonly StatisticsGroup[], texts: MonthlyTexts): EChartsCoreOption {
  const months = [...groups].sort((a, b) => a.key.localeCompare(b.key))
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [texts.cases, texts.closed, texts.onTimeRate] },
    grid: { left: 48, right: 48, bottom: 32 },
    xAxis: { type: 'category', data: months.map((g) => g.label) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { name: texts.cases, type: 'bar', data: months.map((g) => g.cases) },
      { name: texts.closed, type: 'bar', data: months.map((g) => g.closed) },
      {
        name: texts.onTimeRate,
        type: 'line',
        yAxisIndex: 1,
        data: months.map((g) => (g.onTimeRate == null ? null : round1(g.onTimeRate * 100))),
      },
    ],
  }
}

export interface SatisfactionTexts {
  rate: string
  /** label of a bar below the minimum sample */
  belowSample: string
}

/**
 * Satisfaction rate by handling unit: the ranked units by rank (best on top), then the units below the minimum
 * sample, greyed and labelled as such.
 */
export function satisfactionOption(groups: readonly StatisticsGroup[], texts: SatisfactionTexts, limit = 20): EChartsCoreOption {
  const withRatings = groups.filter((g) => g.ratings > 0)
  const ranked = withRatings.filter((g) => g.ranked).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  const below = withRatings.filter((g) => !g.ranked).sort((a, b) => b.ratings - a.ratings)
  const rows = [...ranked, ...below].slice(0, limit).reverse()
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 160, right: 96, top: 16, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      data: rows.map((g) => (g.rank == null ? g.label : `${g.rank}. ${g.label}`)),
    },
    series: [
      {
        name: texts.rate,
        type: 'bar',
        data: rows.map((g) => ({
          value: round1((g.satisfactionRate ?? 0) * 100),
          itemStyle: g.ranked ? undefined : { color: '#c0c4cc' },
          label: {
            show: true,
            position: 'right',
            formatter: g.ranked ? `${percent(g.satisfactionRate)} (${g.ratings})` : `${texts.belowSample} (${g.ratings})`,
          },
        })),
      },
    ],
  }
}

/** Cases by category: the largest categories, the rest summed into one slice. */
export function categoryOption(groups: readonly StatisticsGroup[], otherLabel: string, top = 8): EChartsCoreOption {
  const sorted = [...groups].sort((a, b) => b.cases - a.cases)
  const slices = sorted.slice(0, top).map((g) => ({ name: g.label, value: g.cases }))
  const rest = sorted.slice(top).reduce((sum, g) => sum + g.cases, 0)
  if (rest > 0) {
    slices.push({ name: otherLabel, value: rest })
  }
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: slices, label: { formatter: '{b}\n{c}' } }],
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}

/** How long the command-centre board lets a burst of case changes gather before reading one new snapshot (coalesce). */
export const BOARD_SETTLE_MS = 1_000

/** The last {@code count} months up to and including the month of {@code today}, as a month-range picker value. */
export function periodOf(today: Date, count: number): [Date, Date] {
  return [new Date(today.getFullYear(), today.getMonth() - (count - 1), 1), new Date(today.getFullYear(), today.getMonth(), 1)]
}
