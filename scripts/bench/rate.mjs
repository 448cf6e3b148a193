// Fixed-rate (open-loop) load, since wrk has none and wrk2 is not in Debian: sends RATE requests per second for
// SECONDS whatever the server's pace, and times each from the moment it was due. A server that stalls is charged for
// the queue it causes; a closed loop would just send less ("coordinated omission") and hide it from the p99.
// The requests go over at most SOCKETS kept-alive connections (default 64), as a client or a proxy in front of the
// server would send them: a request waiting for a free connection is still timed from when it was due, so queueing
// counts, but the sender does not open hundreds of connections at once and fail on its own sockets (it did: both
// targets then showed errors at the same rate).
// Usage: TOKEN=… node rate.mjs URL BODY.json RATE SECONDS
//   → one line: RESULT rate=… sent=… rps=… p50_ms=… p99_ms=… errors=… (and, when there were errors, what they were)
import { readFileSync } from "node:fs";
import { poster } from "./post.mjs";

const [url, bodyFile, rate, seconds] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const headers = { "Content-Type": "application/json", Accept: "application/json" };
if (process.env.TOKEN) headers.Authorization = "Bearer " + process.env.TOKEN;
const { post, close } = poster(url, headers, { sockets: Number(process.env.SOCKETS || 64), timeoutMs: 10_000 });
const MAX_IN_FLIGHT = 2048; // beyond this the server is long past the rate: count the request as failed, send nothing
const interval = 1000 / Number(rate);
const total = Math.floor(Number(rate) * Number(seconds));
const latencies = [];
const kinds = {};
let errors = 0, inFlight = 0, sent = 0;

function fail(kind) {
  errors++;
  kinds[kind] = (kinds[kind] || 0) + 1;
}

async function send(due) {
  inFlight++;
  try {
    const r = await post(body);
    if (r.status !== 200) fail("status" + r.status);
    else if (r.text.includes('"errors"')) fail("graphql");
  } catch (e) {
    fail(e.message === "timeout" ? "timeout" : e.code || "network");
  } finally {
    inFlight--;
    latencies.push(performance.now() - due);
  }
}

await send(performance.now()); // untimed: the first connection is no server's latency
latencies.length = 0;
errors = 0;
for (const k of Object.keys(kinds)) delete kinds[k];
const start = performance.now();
const pending = [];
while (sent < total) {
  const due = start + sent * interval;
  const wait = due - performance.now();
  if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
  if (inFlight >= MAX_IN_FLIGHT) fail("backlog"); else pending.push(send(due));
  sent++;
}
await Promise.all(pending);
close();
latencies.sort((a, b) => a - b);
const at = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] : 0);
const elapsed = (performance.now() - start) / 1000;
const what = Object.entries(kinds).map(([k, n]) => `${k}:${n}`).join(",");
console.log(`RESULT rate=${rate} sent=${sent} rps=${(latencies.length / elapsed).toFixed(1)} ` +
  `p50_ms=${at(0.5).toFixed(2)} p99_ms=${at(0.99).toFixed(2)} errors=${errors}` + (what ? ` error_kinds=${what}` : ""));
