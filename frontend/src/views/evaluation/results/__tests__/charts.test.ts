import { describe, expect, it } from 'vitest'
import { periodsOption, unitsOption, weakestOption } from '../charts'

describe('dashboard charts', () => {
  it('orders the units of a category by total and marks the average', () => {
    const option = unitsOption([{ unitName: '乙', total: '80.5' }, { unitName: '甲', total: '92' }, { unitName: '丙', total: null }], '86.25',
      { total: '综合得分', average: '平均分' }) as { xAxis: { data: string[] }; series: { data: (number | null)[]; markLine: { data: { yAxis: number }[] } }[] }
    expect(option.xAxis.data).toEqual(['甲', '乙', '丙'])
    expect(option.series[0]?.data).toEqual([92, 80.5, null])
    expect(option.series[0]?.markLine.data[0]?.yAxis).toBe(86.25)
  })

  it('draws the periods in order and the weakest indicator on top', () => {
    const periods = periodsOption([{ roundName: '2024年度', average: '81' }, { roundName: '2025年度', average: '84.5' }], { average: '平均分' }) as {
      series: { data: number[] }[]
    }
    expect(periods.series[0]?.data).toEqual([81, 84.5])
    const weakest = weakestOption([{ code: 'B1', name: '材料报送', averageShare: '40' }, { code: 'A2', name: '通报', averageShare: '70' }],
      { share: '得分率' }) as { yAxis: { data: string[] } }
    // ECharts draws a category axis bottom-up: the weakest comes last
    expect(weakest.yAxis.data).toEqual(['A2 通报', 'B1 材料报送'])
  })
})
