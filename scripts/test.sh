#!/usr/bin/env bash
# npm test: every check, in the order that fails fastest. Every database test runs on a
# real PostgreSQL server: an embedded one started for the run, or the server DATABASE_URL
# names (its role must be allowed to create databases; the named database is not written).
# When pgbouncer is installed (.ci/run installs it), the integration suite, an end-to-end
# smoke test and 20 cloud functions also run through PgBouncer in transaction mode.
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

step "type check"
npx tsc --noEmit -p tsconfig.json
step "lint"
npx eslint .
step "unit and page tests"
jest_run --selectProjects unit ui
step "integration tests on PostgreSQL (${where:-embedded})"
jest_run --selectProjects integration
if [ -n "$pgbouncer" ]; then
  step "integration tests through PgBouncer in transaction mode"
  TEST_THROUGH_PGBOUNCER=1 jest_run --selectProjects integration
else
  echo "pgbouncer is not installed: the pooler pass runs in CI (.ci/run installs it)."
fi
step "race tests fail without the rules they guard (mutation check)"
npx tsx scripts/check-tests-fail.ts
step "weapp build"
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
npx taro build --type h5
step "end-to-end tests in Chromium"
jest_run --selectProjects e2e --runInBand
if [ -n "$pgbouncer" ]; then
  step "end-to-end smoke test through PgBouncer"
  TEST_THROUGH_PGBOUNCER=1 jest_run --selectProjects e2e --runInBand --runTestsByPath test/e2e/foundation.e2e.test.ts
fi

node scripts/sum-test-results.mjs "$results"
