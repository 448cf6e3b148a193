// Write load: the phones' reportCase, each request with a unique client key, from CLIENTS concurrent clients for
// SECONDS. A client starts no request after the deadline and waits for its last answer, so the count of acknowledged
// writes is exact and can be checked against the database. Then a burst: BURST keys, each sent by 4 clients at once,
// counting the answers that return the case (all must be the same one) and those refused as CONFLICT, and the
// refusals by code (a timeout under load shows as TimeoutError).
// Usage: TOKEN=… node writes.mjs URL RUN_ID CLIENTS SECONDS BURST ACKED_TSV   → a JSON summary on stdout;
// the acknowledged (client key, case id) pairs go to ACKED_TSV for the database check.
import { writeFileSync } from "node:fs";
import { poster } from "./post.mjs";

const [url, run, clients, seconds, burst, ackedFile] = process.argv.slice(2);
const MUTATION = "mutation($i: ReportCaseInput!) { reportCase(input: $i) { case { id code status } } }";
const { post, close } = poster(url, { "Content-Type": "application/json", Authorization: "Bearer " + process.env.TOKEN });

async function report(key) {
  const t0 = performance.now();
  const input = { title: "压测上报 " + key, description: "性能测试：网格员上报的事件 " + key, address: "测试路1号",
    categoryText: "性能测试", clientKey: key };
  try {
    const r = await post(JSON.stringify({ query: MUTATION, variables: { i: input } }));
    const answer = JSON.parse(r.text);
    const c = answer?.data?.reportCase?.case;
    const ms = performance.now() - t0;
    if (r.status === 200 && c && !answer.errors) return { ok: true, ms, id: c.id };
    return { ok: false, ms, code: answer?.errors?.[0]?.extensions?.code ?? `HTTP ${r.status}` };
  } catch (e) {
    return { ok: false, ms: performance.now() - t0, code: e.message === "timeout" ? "TimeoutError" : e.code || e.name };
  }
}

const at = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0);
const acked = [], latencies = [], failures = {};
const deadline = Date.now() + Number(seconds) * 1000;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
await Promise.all(Array.from({ length: Number(clients) }, async (_, w) => {
  for (let n = 0; Date.now() < deadline; n++) {
    const key = `bench-${run}-${w}-${n}`;
    const r = await report(key);
    latencies.push(r.ms);
    if (r.ok) acked.push(`${key}\t${r.id}`); else failures[r.code] = (failures[r.code] ?? 0) + 1;
  }
}));
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0); // this sender's own CPU: on a shared machine it is taken from the server's
writeFileSync(ackedFile, acked.map((line) => line + "\n").join(""));
latencies.sort((a, b) => a - b);

const dup = { keys: Number(burst), answers: 0, firstCase: 0, conflict: 0, otherErrors: 0, keysWithTwoCases: 0, errors: {} };
await Promise.all(Array.from({ length: Number(burst) }, async (_, k) => {
  const answers = await Promise.all([0, 1, 2, 3].map(() => report(`bench-${run}-dup-${k}`)));
  dup.answers += answers.length;
  dup.firstCase += answers.filter((r) => r.ok).length;
  dup.conflict += answers.filter((r) => r.code === "CONFLICT").length;
  dup.otherErrors += answers.filter((r) => !r.ok && r.code !== "CONFLICT").length;
  answers.filter((r) => !r.ok).forEach((r) => { dup.errors[r.code] = (dup.errors[r.code] ?? 0) + 1; });
  if (new Set(answers.filter((r) => r.ok).map((r) => r.id)).size > 1) dup.keysWithTwoCases++;
}));

console.log(JSON.stringify({ run, clients: Number(clients), seconds: +elapsed.toFixed(1), acknowledged: acked.length,
  failed: Object.values(failures).reduce((a, b) => a + b, 0), failures, rps: +(acked.length / elapsed).toFixed(1),
  p50_ms: +at(latencies, 0.5).toFixed(1), p99_ms: +at(latencies, 0.99).toFixed(1),
  client_cpu_ms: +((cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length)).toFixed(2), dup }));
close();
