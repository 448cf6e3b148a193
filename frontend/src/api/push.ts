import { openWithToken } from './index'

/** One server-sent event of the live push: its name ("notification", "cases", "ready", "ping") and its data. */
export interface PushEvent {
  name: string
  data: string
}

/**
 * Reads a text/event-stream as it arrives: fed chunks in any sizes, returns the complete events. Only the `event`
 * and `data` fields matter here; comments and ids are skipped.
 */
export class SseParser {
  private buffer = ''

  feed(chunk: string): PushEvent[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n')
    const events: PushEvent[] = []
    let end = this.buffer.indexOf('\n\n')
    while (end >= 0) {
      const block = this.buffer.slice(0, end)
      this.buffer = this.buffer.slice(end + 2)
      let name = 'message'
      const data: string[] = []
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim()
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
      }
      if (data.length > 0 || name !== 'message') events.push({ name, data: data.join('\n') })
      end = this.buffer.indexOf('\n\n')
    }
    return events
  }
}

/** The wait before the n-th reconnection in a row (from 0): 1 s doubling to at most 15 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(15_000, 1_000 * 2 ** Math.min(attempt, 4))
}

export type PushHandler = (event: PushEvent) => void
type Opener = (signal: AbortSignal) => Promise<Response>

/**
 * The one live connection of the page (实时推送): opened when the first listener arrives, closed with the last;
 * reopened with a fresh token whenever it ends — the server closes it when the token expires, or restarts — after a
 * growing pause. On every (re)connection the server says "ready", so listeners read what they may have missed.
 */
export class LivePush {
  private readonly handlers = new Map<string, Set<PushHandler>>()
  private controller: AbortController | null = null
  private attempt = 0
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly open: Opener,
    private readonly wait: (ms: number, run: () => void) => ReturnType<typeof setTimeout> = (ms, run) => setTimeout(run, ms),
  ) {}

  /** Listens for events of this name; returns the function that stops listening. */
  on(name: string, handler: PushHandler): () => void {
    const set = this.handlers.get(name) ?? new Set<PushHandler>()
    set.add(handler)
    this.handlers.set(name, set)
    if (!this.controller) this.connect()
    return () => {
      set.delete(handler)
      if ([...this.handlers.values()].every((s) => s.size === 0)) this.stop()
    }
  }

  get connected(): boolean {
    return this.controller !== null && this.attempt === 0
  }

  private stop(): void {
    clearTimeout(this.timer)
    this.controller?.abort()
    this.controller = null
    this.attempt = 0
  }

  private connect(): void {
    const controller = new AbortController()
    this.controller = controller
    void this.read(controller).finally(() => {
      if (this.controller !== controller) return
      this.timer = this.wait(reconnectDelay(this.attempt++), () => {
        if (this.controller === controller) this.connect()
      })
    })
  }

  private async read(controller: AbortController): Promise<void> {
    try {
      const response = await this.open(controller.signal)
      if (!response.ok || !response.body) return
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      const parser = new SseParser()
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        for (const event of parser.feed(value)) {
          if (event.name === 'ready') this.attempt = 0
          this.handlers.get(event.name)?.forEach((handler) => handler(event))
        }
      }
    } catch {
      // a dropped connection or an abort: the caller decides whether to reconnect
    }
  }
}

let shared: LivePush | undefined

/** The page's live push, reading GET /api/notifications/stream with the session's token. */
export function livePush(): LivePush {
  shared ??= new LivePush((signal) => openWithToken('/api/notifications/stream', signal))
  return shared
}
