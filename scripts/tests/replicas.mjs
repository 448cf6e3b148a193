// Two backends on one database, driven through their GraphQL API with real Keycloak tokens (called by replicas.sh).
//   node replicas.mjs A_URL B_URL KEYCLOAK_URL PSQL...   (PSQL: the command that runs `psql -At -c SQL` on the database)
// Checks, each printed as it passes:
//   1. the same reads as several demo users give identical answers from both backends;
//   2. one reportCase client key sent 8 times at once, split across both: one case stored, every answer that case;
//   3. rateDispatch of one dispatch 20 times at once, split (half one level, half another): one rating stored, the
//      answers with its content are that rating, the others CONFLICT;
//   4. dispatchCase of one case 4 times at once with the same expected version, split: one wins, the others CONFLICT;
//   5. both backends fire the overdue job (and the escalation after it) every second: it runs once per period;
//   6. dispatches made overdue meanwhile: each flagged once (one OVERDUE event, one audit entry), each escalation
//      step once.
// No answer may be an HTTP error or INTERNAL. Exits 1 on the first broken check, with what was seen.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";

const [A, B, KC, ...PSQL] = process.argv.slice(2);
const BACKENDS = [A, B];
const PASSWORD = process.env.LVZHI_DEMO_PASSWORD ?? "lvzhi2026";
const USERS = ["lingdao", "zhihui", "huanjing", "zhenjie", "wanggeyuan", "jiwei"];

function fail(what, seen) {
  console.error(`FAIL  ${what}\n      ${typeof seen === "string" ? seen : JSON.stringify(seen)}`);
  process.exit(1);
}
function ok(what) {
  console.log(`ok    ${what}`);
}
function sql(query) {
  return execFileSync(PSQL[0], [...PSQL.slice(1), "-At", "-c", query], { encoding: "utf8" }).trim();
}

const tokens = {};
/** The demo user's token, asked once (the calls at once share the one request). */
function token(user) {
  tokens[user] ??= fetch(`${KC}/realms/lvzhi/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", client_id: "lvzhi-cli", username: user, password: PASSWORD }),
  }).then(async (r) => (r.ok ? (await r.json()).access_token : fail(`token for ${user}`, `HTTP ${r.status} ${await r.text()}`)));
  return tokens[user];
}

/** One GraphQL call on a backend; the body. An HTTP error or an INTERNAL error fails the run at once. */
async function gql(base, user, query, variables = {}) {
  const r = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${await token(user)}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await r.text();
  if (r.status !== 200) fail(`HTTP ${r.status} from ${base}`, text.slice(0, 500));
  const body = JSON.parse(text);
  if (body.errors?.some((e) => e.extensions?.code === "INTERNAL" || !e.extensions?.code)) fail(`an internal error from ${base}`, body.errors);
  return body;
}
/** The data of a call that must succeed. */
async function data(base, user, query, variables) {
  const body = await gql(base, user, query, variables);
  if (body.errors) fail(`${query.slice(0, 60)}... on ${base}`, body.errors);
  return body.data;
}
/** n copies of a call at once, the i-th on backend i % 2; each answer mapped by `answer` (data or error code). */
function split(n, call) {
  return Promise.all(Array.from({ length: n }, (_, i) => call(BACKENDS[i % 2], i)));
}
const code = (body) => body.errors?.[0]?.extensions?.code;

const REPORT = `mutation($i: ReportCaseInput!) { reportCase(input: $i) { case { id version } } }`;
const ACCEPT = `mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { case { id version } } }`;
const DISPATCH = `mutation($i: DispatchCaseInput!) { dispatchCase(input: $i) { case { id version } dispatches { id role } } }`;
const SIGN = `mutation($i: SignDispatchInput!) { signDispatch(input: $i) { dispatch { id status } } }`;
const REPLY = `mutation($i: ReplyDispatchInput!) { replyDispatch(input: $i) { dispatch { id status } } }`;
const RATE = `mutation($i: RateDispatchInput!) { rateDispatch(input: $i) { rating { id level comment } } }`;

function report() {
  const key = randomUUID();
  return {
    title: "副本测试：路灯不亮", description: `清河社区建设路路灯连续三晚不亮（${key.slice(0, 8)}）`, categoryText: "市政设施",
    address: "清河街道清河社区建设路20号", latitude: 31.2304, longitude: 121.4737, clientKey: key,
  };
}
let environmentBureau;
async function accepted(base) {
  const id = (await data(base, "wanggeyuan", REPORT, { i: report() })).reportCase.case.id;
  return (await data(base, "zhihui", ACCEPT, { i: { caseId: id } })).acceptCase.case;
}
function dispatchInput(c) {
  return { caseId: c.id, caseVersion: c.version, targets: [{ unitId: environmentBureau, role: "LEAD" }],
    instructions: "请核查处置", handlingDays: 3 };
}
async function dispatched(base) {
  return (await data(base, "zhihui", DISPATCH, { i: dispatchInput(await accepted(base)) })).dispatchCase.dispatches[0].id;
}

// ---- 1. reads
const READS = [
  ["me", `{ me { subject displayName roles unit { code name } } }`],
  ["newest cases", `{ cases(first: 30) { totalCount edges { node { id code status version title reportedAt areaUnit { code }
      dispatches { id status overdue role toUnit { code } } ratings { level } } } pageInfo { hasNextPage endCursor } } }`],
  ["closed cases", `{ cases(first: 10, filter: {statuses: [CLOSED]}) { totalCount edges { node { id code closedAt } } } }`],
  ["statistics by category", `{ caseStatistics(input: {groupBy: CATEGORY, from: "2020-01-01T00:00:00Z", to: "2030-01-01T00:00:00Z"}) {
      groups { key label cases closed dispatches onTime satisfied unsatisfied rank } totals { cases dispatches ratings } } }`],
];
environmentBureau = (await data(A, "lingdao", `{ unitByCode(code: "JZ-QH-D10") { id } }`)).unitByCode.id;
let compared = 0;
for (const user of USERS) {
  for (const [name, query] of READS) {
    const [a, b] = await Promise.all(BACKENDS.map((base) => gql(base, user, query)));
    if (JSON.stringify(a) !== JSON.stringify(b)) fail(`${name} as ${user}: the backends answer differently`, { a, b });
    compared++;
  }
  const first = (await data(A, user, READS[1][1])).cases.edges[0]?.node.id;
  if (first) {
    const detail = `query($id: ID!) { case(id: $id) { id code status version description dispatches { id status fromUnit { code } }
        timeline { kind note occurredAt } reminders { message } appeals { status } } }`;
    const [a, b] = await Promise.all(BACKENDS.map((base) => gql(base, user, detail, { id: first })));
    if (JSON.stringify(a) !== JSON.stringify(b)) fail(`case ${first} as ${user}: the backends answer differently`, { a, b });
    compared++;
  }
}
const seen = (await data(A, "lingdao", READS[1][1])).cases;
if (seen.edges.length === 0) fail("the leader sees no case: the comparison would prove nothing", seen);
ok(`${compared} reads as ${USERS.length} demo users: identical answers from both backends`);

// ---- 2. idempotency
for (let round = 0; round < 3; round++) {
  const input = report();
  const answers = await split(8, async (base) => {
    const body = await gql(base, "wanggeyuan", REPORT, { i: input });
    return body.errors ? code(body) : body.data.reportCase.case.id;
  });
  if (new Set(answers).size !== 1 || !/^\d+$/.test(answers[0])) fail("one client key sent 8 times across both: not one answer", answers);
  const stored = sql(`select count(*) from case_file where client_key = '${input.clientKey}'`);
  if (stored !== "1") fail("one client key sent 8 times across both", `${stored} cases stored`);
}
ok("one reportCase client key sent 8 times at once across both backends (3 rounds): one case, every answer that case");

// ---- 3. rating uniqueness
{
  const d = await dispatched(A);
  await data(B, "huanjing", SIGN, { i: { dispatchId: d } });
  await data(A, "huanjing", REPLY, { i: { dispatchId: d, text: "已修复路灯" } });
  const answers = await split(20, async (base, i) => {
    const input = i % 4 < 2 ? { dispatchId: d, level: "SATISFIED" } : { dispatchId: d, level: "UNSATISFIED", comment: "未按期修复" };
    const body = await gql(base, "zhihui", RATE, { i: input });
    return body.errors ? code(body) : `${body.data.rateDispatch.rating.level} ${body.data.rateDispatch.rating.id}`;
  });
  const won = [...new Set(answers.filter((a) => a !== "CONFLICT"))];
  if (won.length !== 1 || answers.filter((a) => a === won[0]).length !== 10 || answers.filter((a) => a === "CONFLICT").length !== 10) {
    fail("rateDispatch 20 times at once across both: not one rating answered to its 10 retries and 10 CONFLICT", answers);
  }
  const stored = sql(`select string_agg(id::text, ',') from case_rating where dispatch_id = ${d}`);
  if (stored !== won[0].split(" ")[1]) fail("rateDispatch 20 times at once across both: stored ratings", stored);
}
ok("rateDispatch of one dispatch 20 times at once across both backends: one rating, its retries answered with it, the rest CONFLICT");

// ---- 4. optimistic versions
for (let round = 0; round < 3; round++) {
  const c = await accepted(B);
  const answers = await split(4, async (base) => {
    const body = await gql(base, "zhihui", DISPATCH, { i: dispatchInput(c) });
    return body.errors ? code(body) : "OK";
  });
  if (answers.filter((a) => a === "OK").length !== 1 || answers.filter((a) => a === "CONFLICT").length !== 3) {
    fail("dispatchCase 4 times at once with one expected version across both: not one OK and three CONFLICT", answers);
  }
  const stored = sql(`select count(*) from case_dispatch where case_id = ${c.id}`);
  if (stored !== "1") fail("dispatchCase 4 times at once across both", `${stored} dispatches stored`);
}
ok("dispatchCase with the same expected version 4 times at once across both backends (3 rounds): one wins, three CONFLICT");

// ---- 5. scheduled jobs: once across replicas
{
  const claims = () => sql(`select coalesce(max(runs), 0) || ' ' || extract(epoch from clock_timestamp()) || ' '
      || coalesce(max(claimed_by), '-') from job_period where job = 'overdue'`).split(" ");
  const [runs0, at0] = claims();
  const claimants = new Set();
  const ids = [];
  for (let i = 0; i < 8; i++) ids.push(await dispatched(BACKENDS[i % 2]));
  const list = ids.join(",");
  // their sign-for clock ran out a minute ago: both backends' overdue job (every second) now finds them due
  sql(`update case_dispatch set sign_deadline = now() - interval '1 minute' where id in (${list})`);
  const deadline = Date.now() + 30_000;
  while (sql(`select count(*) from case_dispatch where overdue and id in (${list})`) !== String(ids.length)) {
    if (Date.now() > deadline) fail("overdue dispatches not flagged within 30 s", sql(`select id, overdue from case_dispatch where id in (${list})`));
    claimants.add(claims()[2]);
    await new Promise((r) => setTimeout(r, 500));
  }
  // several more periods of both jobs: nothing may be flagged or escalated a second time
  await new Promise((r) => setTimeout(r, 4000));
  const events = sql(`select d.id || ':' || (select count(*) from case_event e where e.dispatch_id = d.id and e.kind = 'OVERDUE')
      || ':' || (select count(*) from audit_event a where a.entity_type = 'Dispatch' and a.entity_id = d.id::text and a.action = 'DISPATCH_OVERDUE')
      from case_dispatch d where d.id in (${list}) order by d.id`).split("\n");
  const wrong = events.filter((e) => !e.endsWith(":1:1"));
  if (wrong.length) fail("each overdue dispatch flagged once (dispatch:OVERDUE events:audit entries)", events);
  const steps = sql(`select s.dispatch_id || ' ' || s.clock || ' ' || s.level || ' x' || count(*) || ' events ' ||
      (select count(*) from case_event e where e.dispatch_id = s.dispatch_id and e.id = any(array_agg(s.event_id)))
      from case_escalation s where s.dispatch_id in (${list}) group by s.dispatch_id, s.clock, s.level`);
  const twice = steps ? steps.split("\n").filter((s) => !/ x1 events 1$/.test(s)) : [];
  if (twice.length) fail("each escalation step once", twice);
  const audited = sql(`select count(*) from audit_event where entity_type = 'Dispatch' and entity_id in (${ids.map((i) => `'${i}'`).join(",")})
      and action in ('DISPATCH_WARNED', 'DISPATCH_REMINDED', 'DISPATCH_ESCALATED')`);
  const stepCount = steps ? steps.split("\n").length : 0;
  if (audited !== String(stepCount)) fail("one audit entry per escalation step", `${audited} entries, ${stepCount} steps`);
  // both fire every second, yet the job ran once per one-second period (+1: a period the product beside them, on
  // its own schedule, may have claimed)
  const [runs1, at1] = claims();
  const ran = Number(runs1) - Number(runs0);
  const periods = Math.floor(Number(at1) - Number(at0)) + 1;
  if (ran < 1 || ran > periods + 1) fail("the overdue job once per period across both", `${ran} runs in ${periods} periods`);
  ok(`the overdue job ran ${ran} times in ${periods} one-second periods on two backends firing every second`
    + ` (claimed by ${[...claimants].join(", ")})`);
  ok(`${ids.length} dispatches made overdue under two backends running the jobs every second: each flagged once `
    + `(one OVERDUE event, one audit entry); ${stepCount} escalation step(s), each once`);
}
console.log("replicas: 6 passed, 0 failed");
