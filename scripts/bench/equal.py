#!/usr/bin/env python3
"""The equivalence gate: a throughput figure means something only if every target returns the same answer.

Usage: equal.py BODIES QUERY USER   (BODIES/<target>/<QUERY>.json are the request bodies bench.sh prepared)
Env: LV_URL, PG5_URL, LVZHI_KC_URL, PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE, BENCH_PARAMS ("case_id=1 dept_like=/1/%").
Lvzhi's and PostGraphile's normalised `data` must be identical (a PostGraphile connection {"nodes": [...]} becomes the
list, timestamps become UTC microseconds, integers become strings, as ids are); the hand-written SQL must return the
same keys in the same order (case, unit, dispatch and rating ids, the total). Exit 1 with a diff when anything differs.
"""
import datetime, difflib, json, os, re, subprocess, sys, urllib.parse, urllib.request

TS = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$')
BENCH = os.path.dirname(os.path.abspath(__file__))


def norm(v):
    if isinstance(v, dict):
        return norm(v["nodes"]) if list(v) == ["nodes"] else {k: norm(x) for k, x in v.items()}
    if isinstance(v, list):
        return [norm(x) for x in v]
    if isinstance(v, str) and TS.match(v):
        d = datetime.datetime.fromisoformat(v.replace("Z", "+00:00")).astimezone(datetime.timezone.utc)
        return d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    return v


def token(user):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "lvzhi-cli", "username": user,
                                   "password": os.environ.get("LVZHI_DEMO_PASSWORD", "lvzhi2026")}).encode()
    url = os.environ["LVZHI_KC_URL"] + "/realms/lvzhi/protocol/openid-connect/token"
    with urllib.request.urlopen(url, data=form, timeout=10) as r:
        return json.loads(r.read())["access_token"]


def graphql(url, body, user=None):
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if user:
        headers["Authorization"] = "Bearer " + token(user)
    with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers), timeout=60) as r:
        answer = json.loads(r.read())
    if answer.get("errors"):
        sys.exit(f"{url}: GraphQL errors {json.dumps(answer['errors'], ensure_ascii=False)[:400]}")
    return norm(answer["data"])


def sql_rows(q):
    """Runs sql/<q>.sql through psql with pgbench's :name parameters replaced by quoted literals."""
    params = dict(p.split("=", 1) for p in os.environ.get("BENCH_PARAMS", "").split())
    text = re.sub(r"(?<!:):(\w+)", lambda m: "'" + params[m.group(1)].replace("'", "''") + "'",
                  open(f"{BENCH}/sql/{q}.sql").read())
    out = subprocess.run(["psql", "-v", "ON_ERROR_STOP=1", "-At", "-F", "\t"], input=text, capture_output=True,
                         text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def keys_of_answer(q, d):
    if q in ("q1", "q1dept"):
        c = d["cases"]
        return [(n["node"]["id"], n["node"]["code"], n["node"]["originUnit"]["id"]) for n in c["edges"]] + \
            [("total", str(c["totalCount"]), str(c["pageInfo"]["hasNextPage"]))]
    if q == "q2":
        nodes = [e["node"] for e in d["cases"]["edges"]]
        return [(n["id"], n["code"], x["id"], x["toUnit"]["id"]) for n in nodes for x in n["dispatches"]] + \
            [("cases", str(len(nodes)))]
    c = d["case"]
    return [("case", c["id"], c["originUnit"]["id"], c["areaUnit"]["id"])] + \
        [("d", x["id"], x["fromUnit"]["id"], x["toUnit"]["id"]) for x in c["dispatches"]] + \
        [("r", x["id"], x["dispatchId"], str(x["level"])) for x in c["ratings"]]


def keys_of_sql(q, rows):
    """The same keys from the SQL's rows (column positions as in sql/<q>.sql; q3's three statements print in turn)."""
    if q in ("q1", "q1dept"):
        total = rows[0][12] if rows else "0"
        return [(r[0], r[1], r[8]) for r in rows[:50]] + [("total", total, str(len(rows) > 50))]
    if q == "q2":
        return [(r[0], r[1], r[3], r[7]) for r in rows if r[3]] + [("cases", str(len({r[0] for r in rows})))]
    case, rest = rows[0], rows[1:]
    return [("case", case[0], case[15], case[19])] + \
        [("d", r[0], r[14], r[17]) for r in rest if len(r) == 20] + [("r", r[0], r[1], r[2]) for r in rest if len(r) == 5]


def show_diff(name_a, a, name_b, b):
    lines = lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False, indent=1).splitlines()
    for line in list(difflib.unified_diff(lines(a), lines(b), name_a, name_b, lineterm=""))[:40]:
        print("    " + line)


def main():
    bodies, q, user = sys.argv[1:4]
    body = lambda target: open(f"{bodies}/{target}/{q}.json", "rb").read()
    lv = graphql(os.environ["LV_URL"], body("lvzhi"), user)
    pg5 = graphql(os.environ["PG5_URL"], body("pg5"))
    ok = True
    if lv != pg5:
        ok = False
        print(f"  {q}: PostGraphile's answer DIFFERS from Lvzhi's")
        show_diff("lvzhi", lv, "pg5", pg5)
    lv_keys, sql_keys = keys_of_answer(q, lv), keys_of_sql(q, sql_rows(q))
    if lv_keys != sql_keys:
        ok = False
        print(f"  {q}: sql/{q}.sql returns other rows than Lvzhi")
        show_diff("lvzhi", lv_keys, "sql", sql_keys)
    if ok:
        print(f"  {q} as {user}: Lvzhi = PostGraphile = SQL ({len(lv_keys)} keys)")
    sys.exit(0 if ok else 1)


main()
