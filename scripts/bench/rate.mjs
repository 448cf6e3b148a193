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
import http from "node:http";

const [url, bodyFile, rate, seconds] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(process.env.SOCKETS || 64) });
const headers = { "Content-Type": "application/json", Accept: "application/json", "Content-Length": body.length };
if (process.env.TOKEN) headers.Authorization = "Bearer " + process.env.TOKEN;
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

function post() {
  return new Promise((resolve, reject) => {
    const req = http.request(target, { method: "POST", headers, agent, timeout: 10_000 }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

async function send(due) {
  inFlight++;
  try {
    const r = await post();
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
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] : 0);
const elapsed = (performance.now() - start) / 1000;
const what = Object.entries(kinds).map(([k, n]) => `${k}:${n}`).join(",");
console.log(`RESULT rate=${rate} sent=${sent} rps=${(latencies.length / elapsed).toFixed(1)} ` +
  `p50_ms=${at(0.5).toFixed(2)} p99_ms=${at(0.99).toFixed(2)} errors=${errors}` + (what ? ` error_kinds=${what}` : ""));
