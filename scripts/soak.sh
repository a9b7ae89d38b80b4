#!/usr/bin/env bash
# The soak (issue #9): runs the real silo (the binary run.sh runs) on its own persisted PostgreSQL for 30 to 60
# minutes while `opshub simulate` sends a district's working day at a steady pace, and samples the silo every
# interval: RSS, GC heap, threads, ingest acknowledgement latency (p50/p95/p99 of the interval, from the
# opshub_ingest_ack_duration_seconds histogram), one probe event's round trip, the accept rate and errors.
# Samples go to artifacts/soak-<stamp>/soak.csv; a summary is printed at the end. Everything listens on loopback.
#
# Usage: scripts/soak.sh [minutes]          30 to 60 (default 30)
#        scripts/soak.sh --minutes <n>      any length from 1 to 60, to try the command out
# Environment: OPSHUB_SOAK_INTERVAL (seconds between samples, 30 to 60, default 30; 10 allowed with --minutes),
#              OPSHUB_SOAK_NO_BUILD=1 (use the existing Release build).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

minutes=30 min_minutes=30 min_interval=30
case "${1:-}" in
  "") ;;
  --minutes) minutes="${2:?--minutes needs a number}"; min_minutes=1; min_interval=10 ;;
  -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) minutes="$1" ;;
esac
interval="${OPSHUB_SOAK_INTERVAL:-30}"
if ! [[ "$minutes" =~ ^[0-9]+$ ]] || [ "$minutes" -lt "$min_minutes" ] || [ "$minutes" -gt 60 ]; then
  echo "soak: minutes must be from $min_minutes to 60 (got '$minutes'); --minutes <n> allows a short try" >&2; exit 2
fi
if ! [[ "$interval" =~ ^[0-9]+$ ]] || [ "$interval" -lt "$min_interval" ] || [ "$interval" -gt 60 ]; then
  echo "soak: OPSHUB_SOAK_INTERVAL must be from $min_interval to 60 seconds (got '$interval')" >&2; exit 2
fi

source "$root/scripts/prerequisites.sh"
ensure_packages postgres npm
if [ "${OPSHUB_SOAK_NO_BUILD:-0}" != "1" ]; then
  echo "==> dotnet build (Release)"
  dotnet build "$root/OpsHub.sln" -c Release -nologo -v quiet -clp:ErrorsOnly
fi

# A free loopback TCP port at or above $1.
free_port() {
  local port="$1"
  while ss -Hltn "sport = :$port" | grep -q . ; do port=$((port + 1)); done
  echo "$port"
}
http_port="$(free_port 5180)"
pg_port="$(free_port 55532)"
silo_port="$(free_port 11211)"
gateway_port="$(free_port 30100)"
url="http://127.0.0.1:$http_port"
key="${OPSHUB_API_KEY:-opshub-dev-key-change-me}"

out="$root/artifacts/soak-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
csv="$out/soak.csv"

silo="" simulator=""
stop() {
  [ -n "$simulator" ] && kill -TERM "$simulator" 2>/dev/null || true
  if [ -n "$silo" ] && kill -0 "$silo" 2>/dev/null; then
    kill -TERM "$silo" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$silo" 2>/dev/null || break; sleep 1; done
    kill -KILL "$silo" 2>/dev/null || true
  fi
  silo="" simulator=""
}
trap stop EXIT
trap 'exit 130' INT TERM

# The binaries are copied first, so that a build during the soak cannot change them under the running processes.
mkdir -p "$out/bin"
cp -a "$root/Silo/OpsHub.Silo/bin/Release/net10.0" "$out/bin/silo"
cp -a "$root/Ingest/OpsHub.Cli/bin/Release/net10.0" "$out/bin/cli"

echo "==> silo on $url (PostgreSQL 127.0.0.1:$pg_port, data $out/postgres, log $out/silo.log)"
(
  cd "$root/Silo/OpsHub.Silo"
  export OpsHub__Postgres__DataDirectory="$out/postgres" OpsHub__Postgres__Port="$pg_port" \
    OpsHub__Silo__SiloPort="$silo_port" OpsHub__Silo__GatewayPort="$gateway_port" OpsHub__Silo__ClusterId="soak" \
    Logging__LogLevel__Default="Warning"
  exec dotnet "$out/bin/silo/OpsHub.Silo.dll" --urls "$url"
) >"$out/silo.log" 2>&1 &
silo=$!
for i in $(seq 1 180); do
  curl -sf "$url/health/ready" >/dev/null 2>&1 && break
  kill -0 "$silo" 2>/dev/null || { echo "soak: the silo stopped; see $out/silo.log" >&2; exit 1; }
  [ "$i" -eq 180 ] && { echo "soak: the silo was not ready after 180 s; see $out/silo.log" >&2; exit 1; }
  sleep 1
done

# One working day (07:00-17:00 Asia/Ho_Chi_Minh) of the Long Điền district spread evenly over the run: speed 600/min
# (20x for 30 minutes, 10x for 60), a Monday two weeks back so that the whole day lies in the past.
speed=$(( (600 + minutes - 1) / minutes ))
day="$(date -u -d "last monday - 14 days" +%F)"
echo "==> simulate: $day 07:00+07:00 at ${speed}x for ${minutes} min (log $out/simulator.log)"
dotnet "$out/bin/cli/opshub.dll" simulate --url "$url" --speed "$speed" \
  --start "${day}T07:00:00+07:00" --duration "${minutes}m" --seed 20261205 >"$out/simulator.log" 2>&1 &
simulator=$!

# The sum over every label set of one series (counters and gauges), or of one histogram bucket (le=$2).
metric() { awk -v n="$1" '$1 == n || index($1, n "{") == 1 { s += $NF } END { printf "%.0f", s }' "$2"; }
metric_float() { awk -v n="$1" '$1 == n || index($1, n "{") == 1 { s += $NF } END { printf "%.6f", s }' "$2"; }
buckets() {
  awk '/^opshub_ingest_ack_duration_seconds_bucket\{/ {
         match($1, /le="[^"]*"/); le = substr($1, RSTART + 4, RLENGTH - 5); b[le] += $NF }
       END { for (le in b) print le, b[le] }' "$1" | sort -g
}
# p-quantile of the interval from two bucket dumps (le count), linear inside the bucket, in milliseconds.
quantile() {
  join -a 1 -e 0 -o 1.1,1.2,2.2 <(sort -k1,1 "$2") <(sort -k1,1 "$1") | sort -g | awk -v q="$3" '
    { le[NR] = $1; c[NR] = $2 - $3 } END {
      total = c[NR]; if (total <= 0) { print ""; exit }
      rank = q * total; prevle = 0; prevc = 0
      for (i = 1; i <= NR; i++) {
        if (c[i] >= rank) {
          if (le[i] == "+Inf") { printf "%.1f", prevle * 1000; exit }
          span = c[i] - prevc; frac = span > 0 ? (rank - prevc) / span : 1
          printf "%.1f", (prevle + (le[i] - prevle) * frac) * 1000; exit
        }
        prevle = le[i]; prevc = c[i]
      } }'
}
probe() {
  local n="$1" body
  body=$(printf '{"type":"dossier.received","dossierCode":"SOAK-PROBE-%06d","procedureCode":"HT-KHAISINH","unitCode":"LD-ANNGAI","occurredAt":"%sT09:00:00+07:00","channel":2}' "$n" "$day")
  curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 30 -X POST "$url/api/v1/events" \
    -H 'Content-Type: application/json' -H "X-Api-Key: $key" -d "$body" || echo "000 0"
}

echo "sample,elapsed_s,rss_mib,gc_heap_mib,working_set_mib,threads,accepted_total,accepted_per_s,rejected_total,pending,ack_p50_ms,ack_p95_ms,ack_p99_ms,probe_status,probe_ms,silo_errors,dossier_activations,load1" >"$csv"
metrics_now="$out/.metrics.now" metrics_prev="$out/.metrics.prev" b_now="$out/.buckets.now" b_prev="$out/.buckets.prev"
: >"$b_prev"
started=$(date +%s)
deadline=$((started + minutes * 60 + 30))
prev_accepted=0 prev_t=$started sample=0 probe_errors=0
while :; do
  sleep "$interval" & wait $!
  now=$(date +%s)
  kill -0 "$silo" 2>/dev/null || { echo "soak: the silo died after $((now - started)) s; see $out/silo.log" >&2; exit 1; }
  sample=$((sample + 1))
  curl -sf --max-time 20 "$url/metrics" >"$metrics_now" || : >"$metrics_now"
  buckets "$metrics_now" >"$b_now"
  rss_kib=$(awk '/^VmRSS:/ { print $2 }' "/proc/$silo/status")
  threads=$(awk '/^Threads:/ { print $2 }' "/proc/$silo/status")
  gc_heap=$(metric dotnet_total_memory_bytes "$metrics_now")
  ws=$(metric process_working_set_bytes "$metrics_now")
  accepted=$(metric opshub_ingest_accepted_total "$metrics_now")
  rejected=$(metric opshub_ingest_rejected_total "$metrics_now")
  pending=$(metric opshub_ingest_pending_events "$metrics_now")
  p50=$(quantile "$b_prev" "$b_now" 0.50) p95=$(quantile "$b_prev" "$b_now" 0.95) p99=$(quantile "$b_prev" "$b_now" 0.99)
  read -r probe_status probe_s <<<"$(probe "$sample")"
  [ "$probe_status" = "202" ] || probe_errors=$((probe_errors + 1))
  silo_errors=$(grep -cE '^(fail|crit):' "$out/silo.log" || true)
  # Live dossier grains: memory is expected to follow them (Orleans keeps an idle grain for its collection age).
  activations=$(awk 'index($1, "microsoft_orleans_orleans_catalog_activations{") == 1 && index($1, "grain_type=\"dossier\"") { s += $NF } END { printf "%.0f", s }' "$metrics_now")
  load1=$(cut -d' ' -f1 /proc/loadavg)
  rate=$(awk -v a="$accepted" -v b="$prev_accepted" -v t=$((now - prev_t)) 'BEGIN { printf "%.1f", (t > 0 ? (a - b) / t : 0) }')
  printf '%d,%d,%.1f,%.1f,%.1f,%d,%d,%s,%d,%d,%s,%s,%s,%s,%.1f,%d,%d,%s\n' "$sample" $((now - started)) \
    "$(awk -v k="$rss_kib" 'BEGIN { print k / 1024 }')" "$(awk -v b="$gc_heap" 'BEGIN { print b / 1048576 }')" \
    "$(awk -v b="$ws" 'BEGIN { print b / 1048576 }')" "$threads" "$accepted" "$rate" "$rejected" "$pending" \
    "$p50" "$p95" "$p99" "$probe_status" "$(awk -v s="$probe_s" 'BEGIN { print s * 1000 }')" "$silo_errors" \
    "$activations" "$load1" | tee -a "$csv"
  cp "$b_now" "$b_prev"; prev_accepted=$accepted prev_t=$now
  if ! kill -0 "$simulator" 2>/dev/null || [ "$now" -ge "$deadline" ]; then break; fi
done
wait "$simulator" 2>/dev/null && sim_rc=0 || sim_rc=$?
simulator=""

echo
echo "==> soak summary ($minutes min, a sample every $interval s; $csv)"
tail -n 3 "$out/simulator.log" | sed 's/^/    simulator: /'
awk -F, -v probe_errors="$probe_errors" -v sim_rc="$sim_rc" 'NR == 1 { next } {
    n++; if (n == 1) { rss0 = $3; heap0 = $4; thr0 = $6 } rss = $3; heap = $4; thr = $6
    if ($3 > maxrss) maxrss = $3; if ($4 > maxheap) maxheap = $4; if ($6 > maxthr) maxthr = $6
    if ($13 + 0 > maxp99) maxp99 = $13 + 0; acc = $7; rej = $9; errs = $16 }
  END {
    printf "    RSS MiB        start %.1f, end %.1f, max %.1f\n", rss0, rss, maxrss
    printf "    GC heap MiB    start %.1f, end %.1f, max %.1f\n", heap0, heap, maxheap
    printf "    threads        start %d, end %d, max %d\n", thr0, thr, maxthr
    printf "    events         %d accepted, %d refused by the door or the applier\n", acc, rej
    printf "    ack p99        worst interval %.1f ms\n", maxp99
    printf "    errors         %d probe failures, %d fail/crit lines in the silo log, simulator exit %d\n", probe_errors, errs, sim_rc
  }' "$csv"
echo "    per interval (ms):"
awk -F, 'NR == 1 { printf "      %6s %8s %8s %8s %8s %8s %8s %8s %6s\n", "t(s)", "ev/s", "p50", "p95", "p99", "RSS", "heap", "dossiers", "load"; next }
  { printf "      %6d %8s %8s %8s %8s %8.1f %8.1f %8d %6s\n", $2, $8, $11, $12, $13, $3, $4, $17, $18 }' "$csv"
