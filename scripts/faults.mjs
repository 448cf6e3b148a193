// The fault suite's client side (scripts/faults.sh drives it; Node's standard library only).
//
//   node faults.mjs load URL TOKEN_FILE RUN WRITERS SECONDS OUT_DIR [STOP_FILE]
//     WRITERS phones report cases (reportCase, each with its own client keys) until SECONDS have passed or STOP_FILE
//     exists (the driver decides when the load has run long enough after a fault). A failed
//     report is retried with the same key, as a phone does, until it is acknowledged or the time is up; a request
//     never started after the deadline is not sent. The token is re-read from TOKEN_FILE before each request, so
//     the driver can renew it. Writes OUT_DIR/ledger.tsv (acknowledged key -> case id) and OUT_DIR/events.tsv
//     (epoch ms and kind of every answer); prints a JSON summary: answers by kind, acknowledged, given up.
//   node faults.mjs forge TOKEN_FILE
//     Prints three tokens that must never be served, one a line, from a genuine one: the same claims signed by a
//     key the backend never saw under an unknown key id; under the genuine key id; and with "alg": "none".
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { generateKeyPairSync, createSign } from "node:crypto";

const [cmd, ...args] = process.argv.slice(2);
const REQUEST_TIMEOUT_MS = 60000; // an answer slower than this counts as a hang (a phone would give up too)
const REPORT = "mutation($i: ReportCaseInput!) { reportCase(input: $i) { case { id } } }";

// The kind of an answer: OK, or what a client would have to act on.
function kindOf(status, body) {
  const data = body?.data?.reportCase?.case;
  if (status === 200 && data && !body.errors) return "OK";
  const code = body?.errors?.[0]?.extensions?.code;
  if (code) return body.errors[0].extensions.retryable === true ? `${code}(retryable)` : code;
  return `HTTP_${status}`;
}

async function report(url, token, key) {
  try {
    const r = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: REPORT, variables: { i: {
        title: `故障测试上报 ${key}`, description: `故障测试：网格员上报的事件 ${key}`, address: "测试路1号",
        categoryText: "故障测试", clientKey: key } } }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await r.text();
    let body = null;
    try { body = JSON.parse(text); } catch { /* a non-JSON answer is classified by its status */ }
    return { kind: kindOf(r.status, body), id: body?.data?.reportCase?.case?.id };
  } catch (e) {
    return { kind: e.name === "TimeoutError" ? "HANG" : "NETWORK" };
  }
}

async function load([url, tokenFile, run, writers, seconds, out, stopFile]) {
  const deadline = Date.now() + Number(seconds) * 1000;
  const over = () => Date.now() >= deadline || (stopFile !== undefined && existsSync(stopFile));
  const kinds = {};
  const ledger = [];
  const events = [];
  let givenUp = 0;
  await Promise.all(Array.from({ length: Number(writers) }, async (_, w) => {
    for (let n = 0; !over(); n++) {
      const key = `faults-${run}-${w}-${n}`;
      for (let attempt = 0; ; attempt++) {
        if (over()) { givenUp++; return; }
        const token = readFileSync(tokenFile, "utf8").trim();
        const r = await report(url, token, key);
        kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
        events.push(`${Date.now()}\t${r.kind}`);
        if (r.kind === "OK") { ledger.push(`${key}\t${r.id}`); break; }
        await new Promise((ok) => setTimeout(ok, Math.min(1000, 100 * 2 ** attempt)));
      }
    }
  }));
  writeFileSync(`${out}/ledger.tsv`, ledger.join("\n") + (ledger.length ? "\n" : ""));
  writeFileSync(`${out}/events.tsv`, events.join("\n") + "\n");
  console.log(JSON.stringify({ acknowledged: ledger.length, givenUp, answers: kinds }));
}

const b64url = (x) => Buffer.from(typeof x === "string" ? x : JSON.stringify(x)).toString("base64url");

function forge([tokenFile]) {
  const [h, p] = readFileSync(tokenFile, "utf8").trim().split(".");
  const header = JSON.parse(Buffer.from(h, "base64url").toString());
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signed = (hdr) => {
    const input = `${b64url(hdr)}.${p}`;
    return `${input}.${createSign("RSA-SHA256").update(input).sign(privateKey).toString("base64url")}`;
  };
  console.log(signed({ ...header, kid: `never-seen-${Date.now()}` }));
  console.log(signed(header));
  console.log(`${b64url({ alg: "none", typ: "JWT" })}.${p}.`);
}

if (cmd === "load") await load(args);
else if (cmd === "forge") forge(args);
else { console.error("usage: faults.mjs load URL TOKEN_FILE RUN WRITERS SECONDS OUT_DIR [STOP_FILE] | forge TOKEN_FILE"); process.exit(2); }
