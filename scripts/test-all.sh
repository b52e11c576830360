#!/usr/bin/env bash
# Every test Runway has: type check, lint, unit and integration (jest, with a real
# PostgreSQL and a real Prometheus), then the browser tests against a started portal
# (on PostgreSQL) in Debian's chromium. Run through `./runway test`, which puts Node 22
# and the dependencies in place first. Ends with the line `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
export CI=true
results=test-results
rm -rf "$results" && mkdir -p "$results"
failed_steps=()
step() {
  local name=$1; shift
  echo "::: $name"
  local start=$SECONDS
  if "$@"; then echo "::: $name ok ($((SECONDS - start)) s)"; else echo "::: $name FAILED ($((SECONDS - start)) s)"; failed_steps+=("$name"); fi
}
yarn() { node .yarn/releases/yarn-4.13.0.cjs "$@"; }

if ! pg_env=$(scripts/postgres.sh); then
  echo "PostgreSQL did not start (scripts/postgres.sh)"
  echo "0 passed, 1 failed"
  exit 1
fi
eval "$pg_env"
export RUNWAY_PG_URL RUNWAY_PG_DIR
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=$RUNWAY_PG_URL
portal_pid=
cleanup() {
  [ -n "$portal_pid" ] && kill -- -"$portal_pid" 2>/dev/null
  scripts/postgres.sh stop "$RUNWAY_PG_DIR"
}
trap cleanup EXIT

step "type check" yarn tsc
step "config schema" yarn backstage-cli config:check --lax --config app-config.yaml --config app-config.production.yaml
step "lint" yarn backstage-cli repo lint
step "formatting" yarn prettier --check .
step "unit and integration tests" yarn backstage-cli repo test --json --outputFile="$results/jest.json"

# The browser tests drive the portal as README command 1 starts it, but on PostgreSQL.
start_portal() {
  APP_CONFIG_backend_database="{\"client\":\"pg\",\"connection\":\"$RUNWAY_PG_URL\"}" \
    setsid node .yarn/releases/yarn-4.13.0.cjs start >"$results/portal.log" 2>&1 &
  portal_pid=$!
  for _ in $(seq 1 180); do
    if curl -sf http://localhost:7007/.backstage/health/v1/readiness >/dev/null &&
       curl -sf http://localhost:3000 >/dev/null; then
      return 0
    fi
    sleep 1
  done
  echo "portal did not start; last lines of $results/portal.log:"; tail -30 "$results/portal.log"
  return 1
}
if step "start portal" start_portal; then
  step "browser tests" yarn playwright test
fi

node scripts/summarize-tests.js "$results" "${failed_steps[@]}"
