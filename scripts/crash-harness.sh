#!/usr/bin/env bash
# The crash harness's long version: the same test the suite runs (tests/OpsHub.Silo.Tests/Reliability/
# CrashHarnessTests.cs), with more kills and dossiers. Needs a Release build (./test.sh or dotnet build -c Release)
# and, like the tests, PostgreSQL's binaries (scripts/prerequisites.sh installs them).
#
# Usage: scripts/crash-harness.sh [kills] [dossiers] [seed]     (defaults 20, 3000, a fresh seed; the load is
# bounded to OPSHUB_CRASH_MINUTES, default 30, and the whole run to that plus 10 minutes)
# Prints each kill and the outcome (seed, kills, events, alerts, duration); a failure names its seed, which repeats it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export OPSHUB_CRASH_KILLS="${1:-20}"
export OPSHUB_CRASH_DOSSIERS="${2:-3000}"
export OPSHUB_CRASH_SEED="${3:-$(( (RANDOM << 15) | RANDOM ))}"
export OPSHUB_CRASH_MINUTES="${OPSHUB_CRASH_MINUTES:-30}"
export OPSHUB_CRASH_REPORT="$(mktemp -t opshub-crash-harness.XXXXXX)"
trap 'rm -f "$OPSHUB_CRASH_REPORT"' EXIT
tests="$root/tests/OpsHub.Silo.Tests/bin/Release/net10.0/OpsHub.Silo.Tests"
[ -x "$tests" ] || dotnet build "$root/OpsHub.sln" -c Release -nologo -v quiet -clp:ErrorsOnly
echo "==> crash harness: $OPSHUB_CRASH_KILLS kills, $OPSHUB_CRASH_DOSSIERS dossiers, seed $OPSHUB_CRASH_SEED"
cd "$(dirname "$tests")"
status=0
timeout --signal=TERM "$(( (OPSHUB_CRASH_MINUTES + 10) * 60 ))" \
  "$tests" --filter-class OpsHub.Silo.Tests.Reliability.CrashHarnessTests --output Detailed || status=$?
echo "==> crash harness report"
cat "$OPSHUB_CRASH_REPORT"
exit "$status"
