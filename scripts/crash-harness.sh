#!/usr/bin/env bash
# The crash harness's long version: the same test the suite runs (tests/OpsHub.Silo.Tests/Reliability/
# CrashHarnessTests.cs), with more kills and dossiers. Needs a Release build (./test.sh or dotnet build -c Release).
#
# Usage: scripts/crash-harness.sh [kills] [dossiers] [seed]     (defaults 20, 3000, 20261123; bounded to 30 minutes)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export OPSHUB_CRASH_KILLS="${1:-20}"
export OPSHUB_CRASH_DOSSIERS="${2:-3000}"
export OPSHUB_CRASH_SEED="${3:-20261123}"
export OPSHUB_CRASH_MINUTES="${OPSHUB_CRASH_MINUTES:-30}"
tests="$root/tests/OpsHub.Silo.Tests/bin/Release/net10.0/OpsHub.Silo.Tests"
[ -x "$tests" ] || dotnet build "$root/OpsHub.sln" -c Release -nologo -v quiet -clp:ErrorsOnly
echo "==> crash harness: $OPSHUB_CRASH_KILLS kills, $OPSHUB_CRASH_DOSSIERS dossiers, seed $OPSHUB_CRASH_SEED"
cd "$(dirname "$tests")"
exec "$tests" --filter-class OpsHub.Silo.Tests.Reliability.CrashHarnessTests --output Detailed
