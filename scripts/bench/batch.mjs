// Sends prepared GraphQL requests (one JSON body a line) from CLIENTS concurrent clients, each body COPIES times at
// once (1: a plain run; 4: a burst of the same request, as a retrying phone would), and counts the answers by kind.
// Usage: TOKEN=… node batch.mjs URL BODIES.jsonl CLIENTS [COPIES=1]   → a JSON summary on stdout
import { readFileSync } from "node:fs";

const [url, file, clients, copies = "1"] = process.argv.slice(2);
const bodies = readFileSync(file, "utf8").split("\n").filter((line) => line.trim());
const headers = { "Content-Type": "application/json", Authorization: "Bearer " + process.env.TOKEN };
const latencies = [], answers = {};

async function send(body) {
  const t0 = performance.now();
  let kind;
  try {
    const r = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(30_000) });
    const answer = await r.json();
    kind = r.status === 200 && !answer.errors ? "ok" : (answer?.errors?.[0]?.extensions?.code ?? `HTTP ${r.status}`);
  } catch (e) {
    kind = e.name;
  }
  latencies.push(performance.now() - t0);
  answers[kind] = (answers[kind] ?? 0) + 1;
}

let next = 0;
const t0 = performance.now();
await Promise.all(Array.from({ length: Number(clients) }, async () => {
  while (next < bodies.length) {
    const body = bodies[next++];
    await Promise.all(Array.from({ length: Number(copies) }, () => send(body)));
  }
}));
const seconds = (performance.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const at = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] : 0);
console.log(JSON.stringify({ requests: latencies.length, seconds: +seconds.toFixed(1),
  rps: +((answers.ok ?? 0) / seconds).toFixed(1), p50_ms: +at(0.5).toFixed(1), p99_ms: +at(0.99).toFixed(1), answers }));
