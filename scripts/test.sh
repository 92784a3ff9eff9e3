#!/usr/bin/env bash
# npm test: every check, in the order that fails fastest. Every database test runs on a
# real PostgreSQL server: an embedded one started for the run, or the server DATABASE_URL
# names (its role must be allowed to create databases; the named database is not written).
# When pgbouncer is installed (.ci/run installs it), the integration suite, an end-to-end
# smoke test and 20 cloud functions also run through PgBouncer in transaction mode.
# OLDEST_POSTGRES_URL (.ci/run: Debian's PostgreSQL 15) moves the direct integration pass there.
set -euo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)
run=0
step() { echo; echo "== $*"; }
jest_run() {
  run=$((run + 1))
  npx jest --json --outputFile="$results/$run.json" "$@"
}
pgbouncer=$(command -v pgbouncer || ls /usr/sbin/pgbouncer 2>/dev/null || true)
where=${DATABASE_URL:+the server DATABASE_URL names}

# Side by side where a step uses one core: the type check beside lint, the H5 build beside the weapp stage.
step "type check and lint"
npx tsc --noEmit -p tsconfig.json &
typecheck=$!
npx eslint .
wait "$typecheck"
step "unit and page tests"
jest_run --selectProjects unit ui --maxWorkers=2
# Two workers: a test file spends much of its time waiting on PostgreSQL, so two share the 2 cores well.
if [ -n "${OLDEST_POSTGRES_URL:-}" ]; then
  # .ci/run sets it: the plain pass runs on the oldest version we support, the pooler pass below on the newest.
  step "integration tests on the oldest PostgreSQL we support (OLDEST_POSTGRES_URL)"
  DATABASE_URL=$OLDEST_POSTGRES_URL jest_run --selectProjects integration --maxWorkers=2
fi
if [ -z "${OLDEST_POSTGRES_URL:-}" ] || [ -z "$pgbouncer" ]; then
  step "integration tests on PostgreSQL (${where:-embedded})"
  jest_run --selectProjects integration --maxWorkers=2
fi
if [ -n "$pgbouncer" ]; then
  step "integration tests through PgBouncer in transaction mode, on PostgreSQL (${where:-embedded})"
  TEST_THROUGH_PGBOUNCER=1 jest_run --selectProjects integration --maxWorkers=2
else
  echo "pgbouncer is not installed: the pooler pass runs in CI (.ci/run installs it)."
fi
step "race tests fail without the rules they guard (mutation check)"
npx tsx scripts/check-tests-fail.ts
step "weapp build (the H5 build runs beside it and the weapp tests, for the end-to-end tests)"
h5_log=$(mktemp)
npx taro build --type h5 >"$h5_log" 2>&1 &
h5_build=$!
trap 'kill "$h5_build" 2>/dev/null || true' EXIT
npx taro build --type weapp
step "the compiled mini-program: every page and the key flows (WeChat's WXML compiler, miniprogram-simulate)"
jest_run --selectProjects weapp
step "weapp tests fail without a tap binding or a template (mutation check)"
npx tsx scripts/check-tests-fail.ts weapp
step "cloud functions build"
npm run --silent build:functions
if [ -n "$pgbouncer" ]; then
  step "20 cloud function instances through PgBouncer, PostgreSQL max_connections = 30"
  npx tsx scripts/load-functions.ts --seconds 10
fi
step "H5 build"
if ! wait "$h5_build"; then
  cat "$h5_log"
  echo "the H5 build failed"
  exit 1
fi
tail -n 3 "$h5_log"
step "end-to-end tests in Chromium"
# One file at a time: the browser keeps both cores busy (two workers took as long, 640 s against 652 s).
jest_run --selectProjects e2e --runInBand
if [ -n "$pgbouncer" ]; then
  step "end-to-end smoke test through PgBouncer"
  TEST_THROUGH_PGBOUNCER=1 jest_run --selectProjects e2e --runInBand --runTestsByPath test/e2e/foundation.e2e.test.ts
fi

node scripts/sum-test-results.mjs "$results"
