// Sends prepared GraphQL requests (one JSON body a line) from CLIENTS concurrent clients, each body COPIES times at
// once (1: a plain run; 4: a burst of the same request, as a retrying phone would), and counts the answers by kind.
// Usage: TOKEN=… [TOKEN_URL=… TOKEN_FORM=…] node batch.mjs URL BODIES.jsonl CLIENTS [COPIES=1]   → a JSON summary on stdout
import { readFileSync } from "node:fs";
import { poster } from "./post.mjs";

const [url, file, clients, copies = "1"] = process.argv.slice(2);
const bodies = readFileSync(file, "utf8").split("\n").filter((line) => line.trim());
const headers = { "Content-Type": "application/json", Authorization: "Bearer " + process.env.TOKEN };
const { post, close } = poster(url, headers);
// A run longer than a token's life (300 s: tens of thousands of prepared requests) renews it on the way: a minute
// before the token in use expires, the password grant's form in TOKEN_FORM is posted to TOKEN_URL; each request reads
// the header as it is sent. (A token from the script's cache may have less than a minute left at the start.)
const expiry = (token) => {  // ms since the epoch; 0 (renew at once) for what is not a JWT
  try { return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).exp * 1000; } catch { return 0; }
};
let expires = expiry(process.env.TOKEN), renewing = false;
const renewal = process.env.TOKEN_FORM && setInterval(async () => {
  if (renewing || expires - Date.now() > 60_000) return;
  renewing = true;
  try {
    const r = await fetch(process.env.TOKEN_URL, { method: "POST", body: new URLSearchParams(process.env.TOKEN_FORM) });
    const token = (await r.json()).access_token;
    headers.Authorization = "Bearer " + token;
    expires = expiry(token);
  } catch (e) {
    console.error(`token not renewed: ${e.message}`);
  } finally {
    renewing = false;
  }
}, 2_000);
const latencies = [], answers = {};

async function send(body) {
  const t0 = performance.now();
  let kind;
  try {
    const r = await post(body);
    const answer = JSON.parse(r.text);
    kind = r.status === 200 && !answer.errors ? "ok" : (answer?.errors?.[0]?.extensions?.code ?? `HTTP ${r.status}`);
  } catch (e) {
    kind = e.message === "timeout" ? "TimeoutError" : e.code || e.name;
  }
  latencies.push(performance.now() - t0);
  answers[kind] = (answers[kind] ?? 0) + 1;
}

let next = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
await Promise.all(Array.from({ length: Number(clients) }, async () => {
  while (next < bodies.length) {
    const body = bodies[next++];
    await Promise.all(Array.from({ length: Number(copies) }, () => send(body)));
  }
}));
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0); // this sender's own CPU: on a shared machine it is taken from the server's
close();
clearInterval(renewal);
latencies.sort((a, b) => a - b);
const at = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] : 0);
console.log(JSON.stringify({ requests: latencies.length, seconds: +seconds.toFixed(1),
  rps: +((answers.ok ?? 0) / seconds).toFixed(1), p50_ms: +at(0.5).toFixed(1), p99_ms: +at(0.99).toFixed(1),
  client_cpu_ms: +((cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length)).toFixed(2), answers }));
