#!/usr/bin/env python3
"""Prints the benchmark's one table from the raw files bench.sh left in OUT (reads.csv, rate.csv, statements.csv,
writes.json): medians over the repetitions, the ratios Lvzhi ÷ PostGraphile and Lvzhi ÷ SQL, SQL statements and CPU
milliseconds per request. Usage: table.py OUT"""
import collections, csv, json, os, statistics, sys

out = sys.argv[1]
read = lambda name: list(csv.DictReader(open(os.path.join(out, name)))) if os.path.exists(os.path.join(out, name)) else []
runs, rates, statements = read("reads.csv"), read("rate.csv"), read("statements.csv")
env = os.environ

groups = collections.defaultdict(list)
for r in runs:
    groups[(r["query"], int(r["conc"]), r["target"])].append(r)


def med(rows, key):
    return statistics.median(float(r[key]) for r in rows)


def per_request_ms(rows, key):
    """CPU core-seconds of a run over its requests, median over the runs that completed any request."""
    done = [float(r[key]) * 1000 / float(r["reqs"]) for r in rows if float(r["reqs"]) > 0]
    return statistics.median(done) if done else None


def fmt(v, digits=0):
    return "-" if v is None else f"{v:,.{digits}f}"


stmts = {(s["target"], s["query"]): s["median"] for s in statements}
stmts.update({("sql", q): str(open(f"{os.path.dirname(os.path.abspath(__file__))}/sql/{q}.sql").read().count(";"))
              for q in {k[0] for k in groups}})
rate = {(r["target"], r["query"]): r for r in rates}

reps = max((len(v) for v in groups.values()), default=0)
busy = sum(float(r["busy_cs"]) for r in runs) / max(1e-9, sum(float(r["wall_s"]) for r in runs))
print(f"\nLvzhi vs PostGraphile 5 vs hand-written SQL on database {env.get('LVZHI_DB_NAME', 'lvzhi')}: "
      f"median of {reps} × {env.get('BENCH_SECONDS', '?')} s closed-loop runs (wrk; pgbench for SQL), "
      f"machine busy {busy:.2f} of {os.cpu_count()} cores on average during them.")
print("PostGraphile enforces NO authorization (every row readable by anyone); Lvzhi applies each caller's visibility.\n")
head = ["query", "c", "target", "req/s", "p50 ms", "p99 ms", "errors", "Lvzhi ÷ PG5", "Lvzhi ÷ SQL", "SQL stmts/req",
        "server CPU ms/req", "PG CPU ms/req", "fixed rate req/s", "fixed-rate p99 ms"]
print("| " + " | ".join(head) + " |")
print("|" + "---|" * len(head))
for (q, c, t) in sorted(groups, key=lambda k: (k[0], k[1], ["lvzhi", "pg5", "sql"].index(k[2]))):
    rows = groups[(q, c, t)]
    rps = med(rows, "rps")
    ratio = lambda other: (fmt(rps / med(groups[(q, c, other)], "rps"), 3)
                           if t == "lvzhi" and groups.get((q, c, other)) and med(groups[(q, c, other)], "rps") > 0
                           else "")
    fixed = rate.get((t, q)) if c == min(k[1] for k in groups) else None
    print("| " + " | ".join([
        q, str(c), t, fmt(rps), fmt(med(rows, "p50_ms"), 2), fmt(med(rows, "p99_ms"), 2),
        str(sum(int(float(r["errors"])) for r in rows)), ratio("pg5"), ratio("sql"), stmts.get((t, q), "-"),
        fmt(per_request_ms(rows, "server_cs"), 2) if t != "sql" else "-", fmt(per_request_ms(rows, "pg_cs"), 2),
        f"{fixed['rate']} (got {fmt(float(fixed['rps']))})" if fixed else "",
        f"{fmt(float(fixed['p99_ms']), 1)}, {fixed['errors']} errors" if fixed else ""]) + " |")
print("\nq1: the 50 newest closed cases with their origin unit, as the leader; q1dept: the same as the department "
      "(PostGraphile: the visibility as a filter; SQL: the rule written by hand); q2: 20 cases × dispatches × target "
      "unit; q3: one case with its dispatch tree and ratings. CPU from /proc (PostgreSQL: the whole cluster). Fixed "
      "rate: half the weaker GraphQL target's median req/s, sent open-loop, latency from each request's due time.")


def server_cpu(cpu, n):
    """The server's CPU per write, and the part of it its JIT spent compiling (lib.sh's jit_ticks), when measured."""
    per = fmt(cpu["server_cs"] * 1000 / n, 2)
    return per if cpu.get("jit_cs") is None else f"{per} (JIT {fmt(cpu['jit_cs'] * 1000 / n, 2)})"


path = os.path.join(out, "writes.json")
if os.path.exists(path):
    w = json.load(open(path))
    db, dup, cpu = w["db"], w["dup"], w["cpu"]
    n = max(1, w["acknowledged"] + dup["answers"])
    print(f"\nWrites: reportCase with unique client keys, {w['clients']} clients, {w['seconds']} s, audit chain on")
    print("| req/s | p50 ms | p99 ms | failed | acknowledged | stored | ack. not stored | stored not ack. | "
          "same-key burst (4 clients × key): first case / CONFLICT / other | keys stored twice | audit chain intact | "
          "server CPU ms/write (JIT: compiling) | PG CPU ms/write | sender CPU ms/write |")
    print("|" + "---|" * 14)
    print(f"| {fmt(w['rps'], 1)} | {w['p50_ms']} | {w['p99_ms']} | {w['failed']} | {db['acknowledged']} | {db['stored']} | "
          f"{db['acknowledgedNotStored']} | {db['storedNotAcknowledged']} | {dup['firstCase']} / {dup['conflict']} / "
          f"{dup['otherErrors']} of {dup['answers']} | {db['burstKeysStoredTwice']} | {w['audit']['intact']} | "
          f"{server_cpu(cpu, n)} | {fmt(cpu['pg_cs'] * 1000 / n, 2)} | {w.get('client_cpu_ms', '-')} |")
    if w["failures"]:
        print(f"failures by code: {json.dumps(w['failures'])}")


def prepared_writes(name, file, title, stored, twice):
    """A write run on prepared data (dispatches.sh, ratings.sh): each object once, then the same request × 4."""
    path = os.path.join(out, file)
    if not os.path.exists(path):
        return
    d = json.load(open(path))
    load, burst, cpu = d["load"], d["burst"], d["cpu"]
    ok = lambda run: run["answers"].get("ok", 0)
    other = lambda run, *kinds: sum(n for k, n in run["answers"].items() if k not in kinds)
    per = lambda key: fmt(cpu[key] * 1000 / max(1, load["requests"]), 2)
    print(f"\n{name} on {d['prepared']} {title}, {env.get('BENCH_WRITE_CLIENTS', '16')} clients, each once; "
          "then the same request from 4 clients at once")
    print(f"| req/s | over s | p50 ms | p99 ms | failed | acknowledged | {stored[0]} | {twice[0]} | "
          f"burst: first / CONFLICT / other | server CPU ms/write (JIT: compiling) | PG CPU ms/write | sender CPU ms/write |")
    print("|" + "---|" * 12)
    print(f"| {fmt(load['rps'], 1)} | {load['seconds']} | {load['p50_ms']} | {load['p99_ms']} | {other(load, 'ok')} | "
          f"{ok(load) + ok(burst)} | {stored[1](d['db'])} | {twice[1](d['db'])} | {ok(burst)} / "
          f"{burst['answers'].get('CONFLICT', 0)} / {other(burst, 'ok', 'CONFLICT')} of {burst['requests']} | "
          f"{server_cpu(cpu, max(1, load['requests']))} | {per('pg_cs')} | {load.get('client_cpu_ms', '-')} |")


prepared_writes("dispatchCase", "dispatches.json", "of those cases (accepted first)",
                ("cases dispatched", lambda db: db["casesWithADispatch"]),
                ("dispatched twice", lambda db: db["casesDispatchedTwice"]))
prepared_writes("rateDispatch", "ratings.json", "of those dispatches (signed for and replied to first)",
                ("dispatches rated", lambda db: db["ratedDispatches"]),
                ("extra ratings", lambda db: db["ratings"] - db["ratedDispatches"]))
