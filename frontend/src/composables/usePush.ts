import { onBeforeUnmount, onMounted } from 'vue'
import { livePush, type PushHandler } from '@/api/push'

/** Listens to the live push while the component is mounted: each name maps to what to do on that event. */
export function usePush(handlers: Record<string, PushHandler>): void {
  const stops: Array<() => void> = []
  onMounted(() => {
    for (const [name, handler] of Object.entries(handlers)) stops.push(livePush().on(name, handler))
  })
  onBeforeUnmount(() => stops.splice(0).forEach((stop) => stop()))
}

/** A function that runs `run` once, `ms` after the last of a burst of calls (many case steps commit together). */
export function coalesce(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  return () => {
    clearTimeout(timer)
    timer = setTimeout(run, ms)
  }
}
