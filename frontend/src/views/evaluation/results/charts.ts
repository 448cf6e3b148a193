import type { EChartsCoreOption } from 'echarts/core'
import { formatPoints, formatShare } from './figures'

type Num = string | number | null | undefined

function num(v: Num): number | null {
  return v === null || v === undefined || v === '' ? null : Number(v)
}

/** The value of a label or tooltip entry as points (two decimals). */
function pointsOf(p: { value?: unknown }): string {
  return formatPoints(p.value as Num)
}

/** The units of one category by total, highest first (bars), with the category's average as a marked line. */
export function unitsOption(units: readonly { unitName: string; total?: Num }[], average: Num, texts: { total: string; average: string }): EChartsCoreOption {
  const rows = [...units].sort((a, b) => (num(b.total) ?? -1) - (num(a.total) ?? -1))
  const avg = num(average)
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: Num) => formatPoints(v) },
    grid: { left: 48, right: 24, top: 24, bottom: 96 },
    xAxis: { type: 'category', data: rows.map((u) => u.unitName), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        name: texts.total,
        type: 'bar',
        data: rows.map((u) => num(u.total)),
        markLine: avg === null ? undefined : { symbol: 'none', data: [{ yAxis: avg, name: texts.average }], label: { formatter: (p: { value?: unknown }) => `${texts.average} ${pointsOf(p)}` } },
      },
    ],
  }
}

/** The average total per round, oldest first (periods compared). */
export function periodsOption(periods: readonly { roundName: string; average?: Num }[], texts: { average: string }): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: Num) => formatPoints(v) },
    grid: { left: 48, right: 24, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: periods.map((p) => p.roundName) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [{ name: texts.average, type: 'line', data: periods.map((p) => num(p.average)), label: { show: true, formatter: pointsOf } }],
  }
}

/** The weakest indicators (lowest average share of points earned), weakest on top. */
export function weakestOption(indicators: readonly { code: string; name: string; averageShare: Num }[], texts: { share: string }): EChartsCoreOption {
  const rows = [...indicators].reverse()
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: Num) => formatShare(v) },
    grid: { left: 200, right: 64, top: 16, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: rows.map((i) => `${i.code} ${i.name}`) },
    series: [{ name: texts.share, type: 'bar', data: rows.map((i) => num(i.averageShare)), label: { show: true, position: 'right', formatter: (p: { value?: unknown }) => formatShare(p.value as Num) } }],
  }
}
