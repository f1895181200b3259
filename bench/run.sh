#!/usr/bin/env bash
# make bench: a registration rush against two Convene instances on one real PostgreSQL, driven by wrk,
# compared with pgbench running the same SQL at the same concurrency. Not part of CI.
#
#   CONVENE_DATABASE_URL=postgresql://127.0.0.1:5432/bench make bench   # an existing PostgreSQL
#   make bench                                                          # the embedded PostgreSQL
# Knobs: BENCH_CONNECTIONS (default 64, split over the two instances), BENCH_DURATION (s, default 30),
#        BENCH_CAPACITY (default 5000), BENCH_WARMUP (s, default 15).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${BENCH_CONNECTIONS:-64}
DURATION=${BENCH_DURATION:-30}
CAPACITY=${BENCH_CAPACITY:-5000}
WARMUP=${BENCH_WARMUP:-15}
PORT_A=18080
PORT_B=18081
ADMIN=bench@convene.local
ADMIN_PASSWORD=bench-password-not-secret
export JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -n 1)}

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v pgbench >/dev/null || need+=(postgresql-client)
command -v curl >/dev/null || need+=(curl)
command -v bc >/dev/null || need+=(bc)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

./mvnw -B -q -ntp -DskipTests package
JAR=$(ls backend/target/backend-*.jar | grep -v original | head -n 1)
STAMP=$(date -u +%Y%m%dt%H%M%Sz)
OUT=bench/results/$STAMP
mkdir -p "$OUT"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

start() { # name port [extra env...]
  local name=$1 port=$2; shift 2
  env "$@" SERVER_PORT="$port" CONVENE_ADMIN_EMAIL=$ADMIN CONVENE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    CONVENE_DATA_DIR="$OUT/data" CONVENE_BASE_URL="http://localhost:$port" \
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xms256m -Xmx512m -jar "$JAR" \
    --convene.database.embedded-port=54330 --logging.level.root=warn >"$OUT/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "instance $name did not start; see $OUT/$name.log" >&2; exit 1
}

if [ -n "${CONVENE_DATABASE_URL:-}" ]; then
  DB_URL=$CONVENE_DATABASE_URL; DB_USER=${CONVENE_DATABASE_USER:-postgres}; DB_PASSWORD=${CONVENE_DATABASE_PASSWORD:-}
  start a $PORT_A CONVENE_DATABASE_URL="$DB_URL" CONVENE_DATABASE_USER="$DB_USER" CONVENE_DATABASE_PASSWORD="$DB_PASSWORD"
  DB_KIND="external PostgreSQL ($DB_URL)"
else
  start a $PORT_A   # starts the embedded PostgreSQL on port 54330 with its data in $OUT/data
  DB_URL=postgresql://localhost:54330/postgres; DB_USER=postgres; DB_PASSWORD=postgres
  DB_KIND="embedded PostgreSQL 17 (zonky), started by instance a"
fi
start b $PORT_B CONVENE_DATABASE_URL="$DB_URL" CONVENE_DATABASE_USER="$DB_USER" CONVENE_DATABASE_PASSWORD="$DB_PASSWORD"
PID_A=${pids[0]}; PID_B=${pids[1]}

api() { curl -sS --fail-with-body -u "$ADMIN:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$@"; }
new_event() { # slug capacity -> id
  local start end
  start=$(date -u -d '+30 days' +%Y-%m-%dT13:00:00Z); end=$(date -u -d '+30 days' +%Y-%m-%dT15:00:00Z)
  local id
  id=$(api -X POST "http://localhost:$PORT_A/api/v1/admin/events" -d "{\"kind\":\"HIGH_LEVEL_EVENT\",
    \"slug\":\"$1\",\"title\":{\"en\":\"Benchmark rush\"},\"venue\":{\"name\":\"Room XX\",\"city\":\"Geneva\",
    \"countryCode\":\"CH\",\"timeZone\":\"Europe/Zurich\"},\"startsAt\":\"$start\",\"endsAt\":\"$end\",
    \"capacity\":$2,\"access\":\"PUBLIC\",\"approvalRequired\":false,\"waitlist\":true}" | sed -E 's/.*"id":"([^"]+)".*/\1/')
  api -X POST "http://localhost:$PORT_A/api/v1/admin/events/$id/publish" >/dev/null
  echo "$id"
}

HALF=$((CONNECTIONS / 2))
rush() { # event seconds tag
  wrk -t1 -c$HALF -d"$2"s --latency -s bench/register.lua "http://localhost:$PORT_A" -- "$1" "$3a" >"$OUT/wrk-$3-a.txt" &
  local w1=$!
  wrk -t1 -c$HALF -d"$2"s --latency -s bench/register.lua "http://localhost:$PORT_B" -- "$1" "$3b" >"$OUT/wrk-$3-b.txt" &
  local w2=$!
  wait $w1 $w2
}

echo "Warming up both instances for ${WARMUP}s"
rush "$(new_event "bench-warmup-$STAMP" 100)" "$WARMUP" warmup >/dev/null

EVENT=$(new_event "bench-rush-$STAMP" "$CAPACITY")
echo "Rush: $CONNECTIONS connections for ${DURATION}s on event $EVENT (capacity $CAPACITY)"
rush "$EVENT" "$DURATION" rush

field() { grep RESULT "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
REQ=0; NON2XX=0; ERRS=0
for f in "$OUT/wrk-rush-a.txt" "$OUT/wrk-rush-b.txt"; do
  REQ=$((REQ + $(field "$f" requests))); NON2XX=$((NON2XX + $(field "$f" non2xx)))
  ERRS=$((ERRS + $(field "$f" connect_err) + $(field "$f" read_err) + $(field "$f" timeouts)))
done
OURS=$(echo "scale=1; $REQ / $DURATION" | bc)

heap() { curl -fsS -u "$ADMIN:$ADMIN_PASSWORD" "http://localhost:$1/actuator/prometheus" \
  | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s+=$NF} END {printf "%.0f", s/1048576}'; }
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
HEAP_A=$(heap $PORT_A); HEAP_B=$(heap $PORT_B); RSS_A=$(rss "$PID_A"); RSS_B=$(rss "$PID_B")

TOTALS=$(api "http://localhost:$PORT_A/api/v1/admin/events/$EVENT/registrations?size=1")
tot() { echo "$TOTALS" | sed -E "s/.*\"$1\":([0-9]+).*/\1/"; }
CONFIRMED=$(tot CONFIRMED); WAITLISTED=$(tot WAITLISTED); TOTAL=$(echo "$TOTALS" | sed -E 's/.*"total":([0-9]+).*/\1/')
OK_REQ=$((REQ - NON2XX))
EXPECTED_HELD=$(( TOTAL < CAPACITY ? TOTAL : CAPACITY ))
CHECK="PASS"
[ "$CONFIRMED" -eq "$EXPECTED_HELD" ] || CHECK="FAIL (held $CONFIRMED, expected $EXPECTED_HELD)"
[ "$((CONFIRMED + WAITLISTED))" -eq "$TOTAL" ] || CHECK="FAIL (statuses do not add up)"
# a request wrk gave up on (timeout) may still have registered: stored is between answered and answered + timeouts
# and requests still in flight when wrk stopped (at most one per connection) complete after it
[ "$TOTAL" -ge "$OK_REQ" ] && [ "$TOTAL" -le "$((OK_REQ + ERRS + CONNECTIONS))" ] || CHECK="FAIL ($TOTAL stored, $OK_REQ answered 201)"

PG_EVENT=$(new_event "bench-pgbench-$STAMP" "$CAPACITY")
echo "pgbench: the same SQL, $CONNECTIONS clients for ${DURATION}s"
PGPASSWORD=$DB_PASSWORD pgbench -n -c "$CONNECTIONS" -j 2 -T "$DURATION" -f bench/registration.pgbench \
  -D event="'$PG_EVENT'" "${DB_URL/postgresql:\/\//postgresql://$DB_USER@}" >"$OUT/pgbench.txt" 2>&1 || true
PG_TPS=$(grep -E '^tps' "$OUT/pgbench.txt" | head -n 1 | sed -E 's/tps = ([0-9.]+).*/\1/')
RATIO=$(echo "scale=2; $OURS / ${PG_TPS:-1}" | bc)

p() { for s in a b; do printf '%s ' "$s:$(field "$OUT/wrk-rush-$s.txt" "$1")"; done; }
cat >"$OUT/summary.md" <<SUMMARY
### Registration rush — $STAMP
- machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -r); database: $DB_KIND
- command: \`BENCH_CONNECTIONS=$CONNECTIONS BENCH_DURATION=$DURATION BENCH_CAPACITY=$CAPACITY make bench\`
- load: wrk, $CONNECTIONS connections split over two instances, ${DURATION}s, unique delegates, one event of $CAPACITY seats

| measure | value |
|---|---|
| registrations answered | $REQ ($NON2XX non-2xx, $ERRS socket errors/timeouts) |
| throughput | **$OURS registrations/s** |
| latency p50 / p95 / p99 (ms) | $(p p50_ms) / $(p p95_ms) / $(p p99_ms) |
| heap used (MiB) | a: $HEAP_A, b: $HEAP_B |
| RSS (MiB) | a: $RSS_A, b: $RSS_B |
| outcome | $CONFIRMED confirmed, $WAITLISTED waitlisted of $TOTAL stored — check: **$CHECK** |
| pgbench, same SQL, same concurrency | ${PG_TPS:-n/a} transactions/s |
| Convene / pgbench | **$RATIO** |
SUMMARY
cat "$OUT/summary.md"
echo "Raw outputs in $OUT"
[ "${CHECK}" = "PASS" ]
