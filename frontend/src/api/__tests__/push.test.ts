import { describe, expect, it, vi } from 'vitest'
import { LivePush, SseParser, reconnectDelay, type PushEvent } from '../push'

/** A streamed response whose body the test writes chunk by chunk, and ends or breaks when it likes. */
function streamed() {
  let controller!: ReadableStreamDefaultController<Uint8Array>
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) })
  const encoder = new TextEncoder()
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the live push', () => {
  it('reads events across chunk boundaries and skips comments', () => {
    const parser = new SseParser()
    expect(parser.feed('event: notification\ndata: {"id":"7",')).toEqual([])
    expect(parser.feed('"kind":"CASE_DISPATCHED"}\n\n: keep-alive\n\nevent: cases\r\ndata: {}\r\n\r\n')).toEqual([
      { name: 'notification', data: '{"id":"7","kind":"CASE_DISPATCHED"}' },
      { name: 'cases', data: '{}' },
    ])
  })

  it('waits longer after each failed reconnection, up to 15 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(reconnectDelay)).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000])
  })

  it('hands each event to the listeners of its name and reconnects when the server goes away', async () => {
    const first = streamed()
    const second = streamed()
    const open = vi.fn().mockResolvedValueOnce(first.response).mockResolvedValueOnce(second.response)
    const waits: number[] = []
    const push = new LivePush(open, (ms, run) => {
      waits.push(ms)
      run()
      return setTimeout(() => undefined, 0)
    })
    const seen: PushEvent[] = []
    const stop = push.on('notification', (e) => seen.push(e))
    push.on('ready', (e) => seen.push(e))
    await flush()
    first.send('event: ready\ndata: {}\n\nevent: notification\ndata: {"id":"1"}\n\nevent: ping\ndata: {}\n\n')
    await flush()
    expect(seen.map((e) => e.name)).toEqual(['ready', 'notification'])

    // a server restart ends the stream: the push opens a new one and says ready again
    first.end()
    await flush()
    await flush()
    expect(open).toHaveBeenCalledTimes(2)
    expect(waits).toEqual([1000])
    second.send('event: ready\ndata: {}\n\nevent: notification\ndata: {"id":"2"}\n\n')
    await flush()
    expect(seen.map((e) => e.data)).toEqual(['{}', '{"id":"1"}', '{}', '{"id":"2"}'])
    stop()
  })

  it('closes the connection when the last listener leaves, and does not reopen it', async () => {
    const only = streamed()
    const signals: AbortSignal[] = []
    const open = vi.fn((signal: AbortSignal) => {
      signals.push(signal)
      return Promise.resolve(only.response)
    })
    const push = new LivePush(open, (_ms, run) => setTimeout(run, 0))
    const stopA = push.on('cases', () => undefined)
    const stopB = push.on('notification', () => undefined)
    await flush()
    stopA()
    expect(signals[0]?.aborted).toBe(false)
    stopB()
    expect(signals[0]?.aborted).toBe(true)
    await flush()
    await flush()
    expect(open).toHaveBeenCalledTimes(1)
  })

  it('does not hammer a server that refuses the stream', async () => {
    const open = vi.fn().mockResolvedValue(new Response('{}', { status: 401 }))
    const waits: number[] = []
    let pending: (() => void) | undefined
    const push = new LivePush(open, (ms, run) => {
      waits.push(ms)
      pending = run
      return setTimeout(() => undefined, 0)
    })
    push.on('notification', () => undefined)
    await flush()
    pending?.()
    await flush()
    pending?.()
    await flush()
    expect(waits).toEqual([1000, 2000, 4000])
  })
})
