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

/**
 * A function that runs `run` once, `ms` after the first of a burst of calls (many case steps commit together); the
 * calls meanwhile join that run. A steady stream of calls (a busy hour) runs it every `ms`, never holds it back.
 */
export function coalesce(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  return () => {
    if (timer !== undefined) return
    timer = setTimeout(() => {
      timer = undefined
      run()
    }, ms)
  }
}
