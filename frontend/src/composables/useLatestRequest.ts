import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'

/** What to do with a request's outcome; only the newest request's outcome reaches `apply` or `fail`. */
export interface RequestHandlers<R> {
  apply: (result: R) => void
  fail?: (error: unknown) => void
  /** a result that came back after a newer request had started: release what it holds (object URLs, …) */
  stale?: (result: R) => void
}

/** Requests where the newest wins; its loading flag and error. */
export interface LatestRequest {
  loading: Ref<boolean>
  error: ShallowRef<unknown>
  run<R>(request: () => Promise<R>, handlers: RequestHandlers<R>): Promise<void>
  /** Ignores whatever is in flight, as if a request had started and found nothing to do. */
  cancel(): void
}

/**
 * "Latest request wins": when the user changes a filter, a unit or a page while a request is still out, the slower
 * older answer must not overwrite the newer one. Each run takes a ticket; an answer lands only if its ticket is
 * still the newest, and only the newest run clears the loading flag.
 */
export function useLatestRequest(): LatestRequest {
  const loading = ref(false)
  const error = shallowRef<unknown>(null)
  let newest = 0

  async function run<R>(request: () => Promise<R>, handlers: RequestHandlers<R>): Promise<void> {
    const ticket = ++newest
    loading.value = true
    error.value = null
    try {
      const result = await request()
      if (ticket === newest) handlers.apply(result)
      else handlers.stale?.(result)
    } catch (e) {
      if (ticket === newest) {
        error.value = e
        handlers.fail?.(e)
      }
    } finally {
      if (ticket === newest) loading.value = false
    }
  }

  function cancel(): void {
    newest++
    loading.value = false
    error.value = null
  }

  return { loading, error, run, cancel }
}
