#!/usr/bin/env sh
# Posts one CI report to Runway's ingest, tagged with what it measured.
#   ci/runway-report.sh <security|quality> <format> <artifact> <file>
# security: trivy | sarif | zap          -> /api/security/reports
# quality:  clover | infection | phpstan | psalm | k6 -> /api/quality/reports (with the commit)
# Auth: Runway's backend.auth.externalAccess static token for CI (RUNWAY_CI_TOKEN).
set -eu
family=$1 format=$2 artifact=$3 file=$4
if [ ! -s "$file" ]; then
  echo "::warning::$file was not written, nothing to post to Runway"
  exit 0
fi
uri() { jq -rn --arg v "$1" '$v|@uri'; }
url="$RUNWAY_URL/api/$family/reports?entityRef=component:default/$SERVICE&format=$format&artifact=$(uri "$artifact")"
if [ "$family" = quality ]; then url="$url&commit=$GITHUB_SHA"; fi
case "$format" in clover) type=application/xml ;; *) type=application/json ;; esac
curl --fail-with-body --silent --show-error --max-time 60 --retry 3 \
  -H "Authorization: Bearer $RUNWAY_CI_TOKEN" \
  -H "Content-Type: $type" \
  --data-binary "@$file" \
  "$url"
echo
