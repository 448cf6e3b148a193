# 履职 Lvzhi — every target works on a fresh machine: what is missing gets installed first.
.PHONY: run start stop status start-replica test e2e faults bench bench-stats bench-flood schema build clean k8s-check
SHELL := /bin/bash
MVN = $(shell scripts/tools.sh maven)
BACKEND_SRC := $(shell find backend/src/main -type f 2>/dev/null) backend/pom.xml
FRONTEND_SRC := $(shell find frontend/src frontend/public -type f 2>/dev/null) $(wildcard frontend/*.json frontend/*.ts frontend/*.js frontend/index.html)
JAR := backend/target/quarkus-app/quarkus-run.jar

## run: start PostgreSQL, Keycloak and the backend (serving the SPA) in the foreground; Ctrl-C stops all three
run: build
	scripts/tools.sh fonts
	scripts/stack.sh run

## start / stop: the same in the background
start: build
	scripts/tools.sh fonts
	scripts/stack.sh start
stop:
	scripts/stack.sh stop

## start-replica: a second backend on the same database beside a started product (replica 2: ports 8090/9090; see
## README "Several replicas, one database"); `LVZHI_REPLICAS=2 make start` starts both at once. make stop stops all
start-replica: build
	LVZHI_REPLICA=$${LVZHI_REPLICA:-2} scripts/stack.sh backend-start
status:
	scripts/stack.sh status

build: $(JAR)

frontend/dist/index.html: $(FRONTEND_SRC) api-schema/schema.graphql
	scripts/tools.sh node-deps
	cd frontend && npm run --silent build
	touch $@

$(JAR): $(BACKEND_SRC) frontend/dist/index.html
	cd backend && $(MVN) -B -ntp -q -Pspa package -DskipTests
	touch $@

## test: the whole suite (what .ci/run calls)
test:
	scripts/test.sh all

## k8s-check: render the kustomize base and overlays and validate them against the vendored schemas (part of make test)
k8s-check:
	scripts/tests/k8s-manifests.sh

## e2e: only the browser tests against the running product
e2e:
	scripts/test.sh e2e

## faults: the full fault suite (200 writers; PostgreSQL killed, Keycloak stopped; a negative control) on its own stack
faults: build
	scripts/faults.sh full

## schema: regenerate api-schema/schema.graphql from the backend (then commit it)
schema:
	scripts/postgres.sh start && scripts/keycloak.sh start
	scripts/postgres.sh recreate-db lvzhi_test
	source scripts/ports.sh && cd backend && LVZHI_DB_NAME=lvzhi_test $(MVN) -B -ntp -q test -Dtest=SchemaDriftTest \
	  -Dlvzhi.schema.write=true -Dquarkus.http.test-port=$$((LVZHI_HTTP_PORT + 1)) \
	  -Dquarkus.management.test-port=$$((LVZHI_MANAGEMENT_PORT + 1))
	cd frontend && npm run --silent codegen

## bench: Lvzhi vs PostGraphile 5 vs hand-written SQL on the running product's database (make start first, with the
## per-caller limits out of reach: see README "Benchmark"); installs Node 22, PostGraphile 5 and wrk; not a test
bench:
	scripts/bench/bench.sh

## bench-stats: p50/p95 of the case statistics query on the demo data of the running product (make start first); not a test
bench-stats:
	scripts/bench-stats.sh

## bench-flood: another user's p50/p95/p99 while one user floods with 50 heavy queries (make start first); not a test
bench-flood:
	scripts/bench-flood.sh

## clean: stop everything and remove build output and local state (.run, .tools)
clean: stop
	scripts/postgres.sh destroy
	rm -rf .run .tools backend/target frontend/dist frontend/node_modules

## bench-evaluation: time computeEvaluationFigures over a round of every 清河区 department and township (all twelve
## computations; median and spread), with one hand-written SQL per computation as the reference (make start first); not a test
.PHONY: bench-evaluation
bench-evaluation:
	scripts/bench-evaluation.sh
