#!/usr/bin/env bash
# Runs the benchmark (issue #10, BENCHMARKS.md): builds Release, starts its own throwaway PostgreSQL and OpsHub silo on
# free loopback ports, runs every scenario bounded in count and time, prints one results table, and cleans up.
# Usage: ./bench.sh [--quick] [options]   (./bench.sh --help lists the options)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "${1:-}" = "--help" ]; then
  sed -n '/Usage = """/,/""";/p' "$root/bench/OpsHub.Bench/BenchArguments.cs" | sed '1d;$d'
  exit 0
fi
source "$root/scripts/prerequisites.sh"
ensure_packages postgres npm

echo "==> dotnet build (Release)" >&2
dotnet build "$root/OpsHub.sln" -c Release -nologo -v quiet -clp:ErrorsOnly >&2

cd "$root"
exec dotnet "$root/bench/OpsHub.Bench/bin/Release/net10.0/opshub-bench.dll" "$@"
