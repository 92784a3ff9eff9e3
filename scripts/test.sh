#!/usr/bin/env bash
# npm test: every check, in the order that fails fastest. Integration tests run on
# PGlite, and again on PostgreSQL when DATABASE_URL names a server (CI sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
# PGlite loads its WebAssembly with a dynamic import, which Jest's VM allows only with this
# flag; the page tests run without it (with it, Taro's tslib resolves to its ES module build).
WITH_VM_MODULES="--experimental-vm-modules --no-warnings ${NODE_OPTIONS:-}"
results=$(mktemp -d)
run=0
step() { echo; echo "== $*"; }
jest_run() {
  run=$((run + 1))
  npx jest --json --outputFile="$results/$run.json" "$@"
}
jest_db_run() {
  NODE_OPTIONS="$WITH_VM_MODULES" jest_run "$@"
}

step "type check"
npx tsc --noEmit -p tsconfig.json
step "lint"
npx eslint .
step "unit and page tests"
jest_run --selectProjects unit ui
step "integration tests on PGlite"
TEST_DATABASE_URL= jest_db_run --selectProjects integration
if [ -n "${DATABASE_URL:-}" ]; then
  step "integration tests on PostgreSQL ($DATABASE_URL)"
  TEST_DATABASE_URL="$DATABASE_URL" jest_db_run --selectProjects integration
else
  echo "DATABASE_URL is not set: the PostgreSQL pass runs in CI (.ci/run starts a server)."
fi
step "weapp build"
npx taro build --type weapp
step "cloud functions build"
npm run --silent build:functions
step "H5 build"
npx taro build --type h5
step "end-to-end tests in Chromium"
jest_db_run --selectProjects e2e --runInBand

node scripts/sum-test-results.mjs "$results"
