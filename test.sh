#!/usr/bin/env bash
# Runs every OpsHub test against real parts: a throwaway PostgreSQL, headless Chromium, promtool and Prometheus.
# Ends with one line "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$root/scripts/prerequisites.sh"
set +e
ensure_packages postgres chromium prometheus alertmanager npm || { echo "0 passed, 1 failed"; exit 1; }

log="$(mktemp)"
echo "==> dotnet build (Release, warnings as errors)"
if ! dotnet build "$root/OpsHub.sln" -c Release -nologo -v quiet -clp:ErrorsOnly; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

echo "==> dotnet test"
dotnet test --solution "$root/OpsHub.sln" -c Release --no-build --results-directory "$root/artifacts/test-results" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Microsoft.Testing.Platform closes with a summary per run: "total: N", "failed: N", "succeeded: N".
total=$(grep -E '^\s+total: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
# The summary is the last thing a CI log keeps; name each failed test (and the first lines of its
# message) once more just above it, so a failure far up a long log is never lost.
if grep -qE '^failed ' "$log"; then
  echo "==> Failed tests (repeated from above)"
  awk '/^failed /{n=12} n>0{print; n--}' "$log"
fi
rm -f "$log"
if [ -z "$total" ] || [ -z "$failed" ] || [ -z "$passed" ]; then
  echo "Could not read the test summary."
  echo "${passed:-0} passed, ${failed:-1} failed"
  exit 1
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
