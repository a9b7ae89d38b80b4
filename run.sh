#!/usr/bin/env bash
# Runs OpsHub: silo, API and wall dashboard in one process, on a private PostgreSQL kept in .data/ (or the one
# in OpsHub__Postgres__ConnectionString), fed by a simulated district unless OPSHUB_SIMULATOR=0.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$root/scripts/prerequisites.sh"
ensure_packages postgres

echo "==> dotnet build (Release)"
dotnet build "$root/OpsHub.sln" -c Release -nologo -v quiet -clp:ErrorsOnly

export OpsHub__Postgres__DataDirectory="${OpsHub__Postgres__DataDirectory:-$root/.data/postgres}"
if [ "${OPSHUB_SIMULATOR:-1}" != "0" ]; then
  export OpsHub__Simulator__Enabled=true
fi
cd "$root/Silo/OpsHub.Silo"
exec dotnet run -c Release --no-build --no-launch-profile -- "$@"
