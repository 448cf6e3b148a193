// Fixed-rate (open-loop) load, since wrk has none and wrk2 is not in Debian: sends RATE requests per second for
// SECONDS whatever the server's pace, and times each from the moment it was due. A server that stalls is charged for
// the queue it causes; a closed loop would just send less ("coordinated omission") and hide it from the p99.
// Usage: TOKEN=… node rate.mjs URL BODY.json RATE SECONDS   → one line: RESULT rate=… sent=… p50_ms=… p99_ms=… errors=…
import { readFileSync } from "node:fs";

const [url, bodyFile, rate, seconds] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const headers = { "Content-Type": "application/json", Accept: "application/json" };
if (process.env.TOKEN) headers.Authorization = "Bearer " + process.env.TOKEN;
const MAX_IN_FLIGHT = 512; // beyond this the server is long past the rate: count the request as failed, send nothing
const interval = 1000 / Number(rate);
const total = Math.floor(Number(rate) * Number(seconds));
const latencies = [];
let errors = 0, inFlight = 0, sent = 0;

async function send(due) {
  inFlight++;
  try {
    const r = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(10_000) });
    const text = await r.text();
    if (r.status !== 200 || text.includes('"errors"')) errors++;
  } catch {
    errors++;
  } finally {
    inFlight--;
    latencies.push(performance.now() - due);
  }
}

await send(performance.now()); // untimed: the first connection and fetch's own first use are no server's latency
latencies.length = 0;
errors = 0;
const start = performance.now();
const pending = [];
while (sent < total) {
  const due = start + sent * interval;
  const wait = due - performance.now();
  if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
  if (inFlight >= MAX_IN_FLIGHT) errors++; else pending.push(send(due));
  sent++;
}
await Promise.all(pending);
latencies.sort((a, b) => a - b);
const at = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] : 0);
const elapsed = (performance.now() - start) / 1000;
console.log(`RESULT rate=${rate} sent=${sent} rps=${(latencies.length / elapsed).toFixed(1)} ` +
  `p50_ms=${at(0.5).toFixed(2)} p99_ms=${at(0.99).toFixed(2)} errors=${errors}`);
