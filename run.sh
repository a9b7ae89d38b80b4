#!/usr/bin/env bash
# Runs OpsHub: silo, API and wall dashboard in one process, on a private PostgreSQL kept in .data/ (or the one
# in OpsHub__Postgres__ConnectionString), fed by a simulated Long Điền district (opshub simulate) unless
# OPSHUB_SIMULATOR=0. Extra arguments go to the silo.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$root/scripts/prerequisites.sh"
ensure_packages postgres npm

echo "==> dotnet build (Release)"
dotnet build "$root/OpsHub.sln" -c Release -nologo -v quiet -clp:ErrorsOnly

export OpsHub__Postgres__DataDirectory="${OpsHub__Postgres__DataDirectory:-$root/.data/postgres}"
url="${OPSHUB_URL:-http://127.0.0.1:5080}"
mkdir -p "$root/.data"

silo="" simulator=""
stop() {
  [ -n "$simulator" ] && kill -TERM "$simulator" 2>/dev/null || true
  [ -n "$silo" ] && kill -TERM "$silo" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

(cd "$root/Silo/OpsHub.Silo" && exec dotnet run -c Release --no-build --no-launch-profile -- --urls "$url" "$@") &
silo=$!

if [ "${OPSHUB_SIMULATOR:-1}" != "0" ]; then
  for _ in $(seq 1 120); do
    curl -sf "$url/health/ready" >/dev/null 2>&1 && break
    kill -0 "$silo" 2>/dev/null || exit 1
    sleep 1
  done
  # District traffic replayed 96 times faster than life (a working day in five minutes), starting three days
  # back so that deadlines fall due while you watch; bounded to 12 hours of wall time. Counter, ticket and rating
  # events are on (OPSHUB_QUEUE_EVENTS=off leaves them out).
  start="$(date -d '3 days ago' +%F)"
  echo "==> simulated district feeding $url from $start (log: .data/simulator.log; OPSHUB_SIMULATOR=0 to turn off)"
  dotnet "$root/Ingest/OpsHub.Cli/bin/Release/net10.0/opshub.dll" simulate --url "$url" --speed 96 --start "$start" \
    --duration 12h --queue-events "${OPSHUB_QUEUE_EVENTS:-on}" >"$root/.data/simulator.log" 2>&1 &
  simulator=$!
fi

wait "$silo"
