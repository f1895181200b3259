#!/usr/bin/env bash
# make bench (its second part) or make bench-checkin: badges and check-in, figures for docs/benchmarks.md.
#   1. 1,000 badges in one A4 PDF, in process (BadgeRenderingBenchmark on the test classpath), as the server makes
#      it (prepared on every core, assembled on one thread) and on one thread alone;
#   2. one Convene instance on a real PostgreSQL with BENCH_CHECKIN_DELEGATES confirmed delegates: the organiser's
#      GET .../badges.pdf of all of them over HTTP (best of three, after two to warm up);
#   3. wrk posting their signed payloads round-robin to POST /api/v1/check-in with HTTP Basic, as door
#      stations do, after a warm-up on another event; then the scan counts are checked against the database;
#      then 10 s at 64 connections (does throughput hold, any timeout?) and GET /actuator/health/liveness;
#   4. the same load for 10 s on a second instance with the Basic credential cache off (bcrypt on every request).
#
#   make bench-checkin                                                  # the embedded PostgreSQL
#   CONVENE_DATABASE_URL=postgresql://127.0.0.1:5432/bench make bench-checkin
# Knobs: BENCH_CHECKIN_CONNECTIONS (default 8, a few doors), BENCH_CHECKIN_DURATION (s, 30), BENCH_CHECKIN_WARMUP (s, 15),
#        BENCH_CHECKIN_DELEGATES (1000), BENCH_CHECKIN_THREADS (wrk threads, 2),
#        BENCH_SKIP_BUILD=1 (reuse the jar and classes of a previous run of this script).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${BENCH_CHECKIN_CONNECTIONS:-8}
DURATION=${BENCH_CHECKIN_DURATION:-30}
WARMUP=${BENCH_CHECKIN_WARMUP:-15}
DELEGATES=${BENCH_CHECKIN_DELEGATES:-1000}
THREADS=${BENCH_CHECKIN_THREADS:-2}
PORT=${BENCH_CHECKIN_PORT:-18090}
PORT_BCRYPT=$((PORT + 1))
PG_PORT=${BENCH_CHECKIN_PG_PORT:-54331}
ADMIN=bench@convene.local
ADMIN_PASSWORD=bench-password-not-secret
export JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* | head -n 1)}

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
command -v bc >/dev/null || need+=(bc)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -f backend/target/bench-classpath.txt ]; then
  # one reactor run, so the email-templates jar resolves without an install
  ./mvnw -B -q -ntp -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
fi
JAR=$(ls backend/target/backend-*.jar | grep -v original | head -n 1)
CP="backend/target/classes:backend/target/test-classes:$(cat backend/target/bench-classpath.txt)"
STAMP=$(date -u +%Y%m%dt%H%M%Sz)
OUT=bench/results/checkin-$STAMP
mkdir -p "$OUT"
# run a copy under its own name: other benchmarks on the machine stop their instances by the jar's name
cp "$JAR" "$OUT/convene-checkin-bench.jar"
JAR=$OUT/convene-checkin-bench.jar
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

echo "1/4 Rendering 1,000 badges in process"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.cti.convene.badges.BadgeRenderingBenchmark "$OUT/badges-1000.pdf" \
  | tee "$OUT/rendering.txt"
RENDER_LINE=$(grep -E '^[0-9]+ badges' "$OUT/rendering.txt")
RENDER_WALL=$(echo "$RENDER_LINE" | sed -E 's/.*best warm ([0-9]+) ms wall.*/\1/')
RENDER_CPU=$(echo "$RENDER_LINE" | sed -E 's/.* ([0-9]+) ms CPU.*/\1/')
RENDER_COLD=$(echo "$RENDER_LINE" | sed -E 's/.*first render \(fonts cold\) ([0-9]+) ms.*/\1/')
RENDER_ONE_THREAD=$(grep -E 'on the calling thread alone' "$OUT/rendering.txt" | sed -E 's/.*best warm ([0-9]+) ms wall.*/\1/')
VERIFY_US=$(grep -E 'per verification' "$OUT/rendering.txt" | sed -E 's/.* ([0-9]+) µs per verification.*/\1/')

start() { # name port [extra args...]
  local name=$1 port=$2; shift 2
  SERVER_PORT="$port" CONVENE_ADMIN_EMAIL=$ADMIN CONVENE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    CONVENE_DATA_DIR="$OUT/data" CONVENE_BASE_URL="http://localhost:$port" \
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xms256m -Xmx512m -jar "$JAR" \
    --convene.database.embedded-port=$PG_PORT --logging.level.root=warn "$@" >"$OUT/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "instance $name did not start; see $OUT/$name.log" >&2; exit 1
}

DB_ARGS=()
if [ -n "${CONVENE_DATABASE_URL:-}" ]; then
  DB_ARGS=(--convene.database.url="$CONVENE_DATABASE_URL" --convene.database.user="${CONVENE_DATABASE_USER:-postgres}"
           --convene.database.password="${CONVENE_DATABASE_PASSWORD:-}")
  DB_KIND="external PostgreSQL ($CONVENE_DATABASE_URL)"
else
  DB_KIND="embedded PostgreSQL 17 (zonky), started by the instance"
fi
echo "2/4 Starting Convene on port $PORT"
start main $PORT "${DB_ARGS[@]}"
PID=${pids[0]}
if [ -z "${CONVENE_DATABASE_URL:-}" ]; then
  DB_ARGS=(--convene.database.url="postgresql://localhost:$PG_PORT/postgres" --convene.database.user=postgres
           --convene.database.password=postgres)
fi

prepare() { # count out-file -> event id
  "$JAVA_HOME/bin/java" -cp "$CP" org.cti.convene.badges.CheckInBenchPayloads "http://localhost:$PORT" \
    "$ADMIN" "$ADMIN_PASSWORD" "$OUT/data" "$1" "$2"
}
echo "Registering $DELEGATES delegates (and 200 for the warm-up) and signing their badge payloads"
WARM_EVENT=$(prepare 200 "$OUT/payloads-warmup.txt")
EVENT=$(prepare "$DELEGATES" "$OUT/payloads.txt")

# every registration queued a confirmation mail: let the outbox render them (captured as .eml files) before
# measuring anything, or the scans share the CPU with 1,200 mails being rendered
echo "Waiting for the mail outbox to drain"
for _ in $(seq 1 300); do
  [ "$(find "$OUT/data/mail" -name '*.eml' 2>/dev/null | wc -l)" -ge $((DELEGATES + 200)) ] && break
  sleep 1
done
sleep 2

echo "Badges of all $DELEGATES through GET /api/v1/admin/events/{id}/badges.pdf (2 to warm up, then best of 3)"
for _ in 1 2; do # the goal is for a warm JVM: the rendering code is compiled on every preparing thread first
  curl -fsS -u "$ADMIN:$ADMIN_PASSWORD" -o /dev/null "http://localhost:$PORT/api/v1/admin/events/$EVENT/badges.pdf"
done
BEST_HTTP=999999
for run in 1 2 3; do
  t=$(curl -fsS -u "$ADMIN:$ADMIN_PASSWORD" -o "$OUT/badges-http.pdf" -w '%{time_total}' \
    "http://localhost:$PORT/api/v1/admin/events/$EVENT/badges.pdf")
  ms=$(echo "$t * 1000 / 1" | bc)
  echo "  run $run: $ms ms"
  [ "$ms" -lt "$BEST_HTTP" ] && BEST_HTTP=$ms
done
PDF_KB=$(( $(stat -c %s "$OUT/badges-http.pdf") / 1024 ))

AUTH=$(printf '%s' "$ADMIN:$ADMIN_PASSWORD" | base64 -w0)
field() { grep RESULT "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
cpu_ticks() { # pid -> utime+stime of the process and its children (PostgreSQL backends are children of the postmaster)
  local total=0 p
  for p in $1 $(pgrep -P "$1" 2>/dev/null); do
    [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo $total
}
pg_pid() { pgrep -o -f -- "$OUT/data/postgres" || true; }

echo "3/4 Warm-up: ${WARMUP}s of scans on another event"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP"s --latency -s bench/checkin.lua "http://localhost:$PORT" \
  -- "$OUT/payloads-warmup.txt" "$AUTH" "$WARM_EVENT" >"$OUT/wrk-warmup.txt"
echo "Load: $CONNECTIONS connections, $THREADS wrk threads, ${DURATION}s, $DELEGATES badges round-robin"
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
PG=$(pg_pid); HZ=$(getconf CLK_TCK)
J0=$(cpu_ticks "$PID"); P0=$( [ -n "$PG" ] && cpu_ticks "$PG" || echo 0 )
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION"s --latency -s bench/checkin.lua "http://localhost:$PORT" \
  -- "$OUT/payloads.txt" "$AUTH" "$EVENT" >"$OUT/wrk-checkin.txt"
J1=$(cpu_ticks "$PID"); P1=$( [ -n "$PG" ] && cpu_ticks "$PG" || echo 0 )
REQ=$(field "$OUT/wrk-checkin.txt" requests); NON2XX=$(field "$OUT/wrk-checkin.txt" non2xx)
ERRS=$(( $(field "$OUT/wrk-checkin.txt" connect_err) + $(field "$OUT/wrk-checkin.txt" read_err) \
  + $(field "$OUT/wrk-checkin.txt" timeouts) ))
RATE=$(echo "scale=0; $REQ / $DURATION" | bc)
JAVA_CORES=$(echo "scale=2; ($J1 - $J0) / $HZ / $DURATION" | bc)
PG_CORES=$( [ -n "$PG" ] && echo "scale=2; ($P1 - $P0) / $HZ / $DURATION" | bc || echo "n/a" )

ATT=$(curl -fsS -u "$ADMIN:$ADMIN_PASSWORD" "http://localhost:$PORT/api/v1/admin/events/$EVENT/attendance")
num() { echo "$ATT" | grep -oE "\"$1\":[0-9]+" | head -n 1 | cut -d: -f2; }
CHECKED=$(num checkedIn); ADMITTED=$(num ADMITTED); ALREADY=$(num ALREADY_CHECKED_IN)
OTHER=$(( $(num NOT_CONFIRMED) + $(num WRONG_EVENT) + $(num INVALID) ))
CHECK=PASS
[ "$NON2XX" -eq 0 ] || CHECK="FAIL ($NON2XX non-2xx answers)"
[ "$CHECKED" -eq "$DELEGATES" ] || CHECK="FAIL ($CHECKED presences for $DELEGATES delegates)"
[ "$ADMITTED" -eq "$DELEGATES" ] || CHECK="FAIL ($ADMITTED ADMITTED answers for $DELEGATES delegates)"
[ "$OTHER" -eq 0 ] || CHECK="FAIL ($OTHER refusals of valid badges)"

echo "Heavy load: 64 connections for 10s (many doors at once: does throughput hold?)"
wrk -t"$THREADS" -c64 -d10s --timeout 2s --latency -s bench/checkin.lua "http://localhost:$PORT" \
  -- "$OUT/payloads.txt" "$AUTH" "$EVENT" >"$OUT/wrk-heavy.txt"
HEAVY_RATE=$(echo "scale=0; $(field "$OUT/wrk-heavy.txt" requests) / 10" | bc)
HEAVY_ERRS=$(( $(field "$OUT/wrk-heavy.txt" timeouts) + $(field "$OUT/wrk-heavy.txt" read_err) ))
echo "Baseline: GET /actuator/health/liveness, no authentication, no database, same load as the scans"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s bench/checkin-baseline.lua "http://localhost:$PORT/actuator/health/liveness" \
  >"$OUT/wrk-baseline.txt"
BASE_RATE=$(echo "scale=0; $(field "$OUT/wrk-baseline.txt" requests) / 10" | bc)

echo "4/4 The same for 10s without the Basic credential cache (bcrypt on every request)"
start bcrypt $PORT_BCRYPT "${DB_ARGS[@]}" --convene.security.credential-cache=0s
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --latency -s bench/checkin.lua "http://localhost:$PORT_BCRYPT" \
  -- "$OUT/payloads.txt" "$AUTH" "$EVENT" >"$OUT/wrk-bcrypt.txt"
BCRYPT_RATE=$(echo "scale=0; $(field "$OUT/wrk-bcrypt.txt" requests) / 10" | bc)

cat >"$OUT/summary.md" <<SUMMARY
### Badges and check-in — $STAMP
- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB,
  $(uname -r); load average before the run: $LOAD; database: $DB_KIND
- command: \`BENCH_CHECKIN_CONNECTIONS=$CONNECTIONS BENCH_CHECKIN_DURATION=$DURATION BENCH_CHECKIN_DELEGATES=$DELEGATES make bench-checkin\`
- wrk runs on the same machine as Convene and PostgreSQL, so all three share the cores

| measure | value | goal |
|---|---|---|
| 1,000 badges, one A4 PDF, in process (best warm) | **$RENDER_WALL ms** wall, $RENDER_CPU ms CPU of the process (one thread alone: $RENDER_ONE_THREAD ms; first, fonts cold: $RENDER_COLD ms) | |
| $DELEGATES badges via GET .../badges.pdf over HTTP (best of 3, warm) | **$BEST_HTTP ms**, $PDF_KB KiB | ≤ 1 s |
| Ed25519 verification alone | $VERIFY_US µs | |
| check-in scans answered | $REQ in ${DURATION}s ($NON2XX non-2xx, $ERRS socket errors/timeouts) | |
| check-in throughput | **$RATE scans/s** | ≥ 2,000 |
| latency p50 / p95 / p99 / max (ms) | $(field "$OUT/wrk-checkin.txt" p50_ms) / $(field "$OUT/wrk-checkin.txt" p95_ms) / **$(field "$OUT/wrk-checkin.txt" p99_ms)** / $(field "$OUT/wrk-checkin.txt" max_ms) | p99 ≤ 10 |
| at 64 connections, 10 s | $HEAVY_RATE scans/s, p50 / p99 $(field "$OUT/wrk-heavy.txt" p50_ms) / **$(field "$OUT/wrk-heavy.txt" p99_ms)** ms, $HEAVY_ERRS timeouts | throughput holds, no timeout |
| baseline: GET /actuator/health/liveness at $CONNECTIONS connections | $BASE_RATE requests/s, p99 $(field "$OUT/wrk-baseline.txt" p99_ms) ms | |
| CPU used during the run (cores) | Convene $JAVA_CORES, PostgreSQL $PG_CORES | |
| outcome | $CHECKED presences of $DELEGATES; $ADMITTED ADMITTED, $ALREADY ALREADY_CHECKED_IN — check: **$CHECK** | |
| without the credential cache (bcrypt per request), 10 s | $BCRYPT_RATE scans/s, p99 $(field "$OUT/wrk-bcrypt.txt" p99_ms) ms | |
SUMMARY
cat "$OUT/summary.md"
echo "Raw outputs in $OUT"
[ "$CHECK" = "PASS" ]
