import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue'

// only the ECharts parts the dashboard draws, to keep the bundle small
use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

/**
 * An ECharts instance on an element: drawn when the option changes, resized with its element (the window or the
 * side menu folding), disposed when the component goes away.
 */
export function useChart(el: Ref<HTMLElement | null>, option: Ref<EChartsCoreOption | null>): void {
  let chart: ECharts | null = null
  let observer: ResizeObserver | null = null

  function draw() {
    if (chart && option.value) {
      chart.setOption(option.value, { notMerge: true })
    }
  }

  onMounted(() => {
    if (!el.value) {
      return
    }
    chart = init(el.value)
    draw()
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => chart?.resize())
      observer.observe(el.value)
    }
  })
  watch(option, draw)
  onBeforeUnmount(() => {
    observer?.disconnect()
    observer = null
    chart?.dispose()
    chart = null
  })
}
