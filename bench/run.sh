#!/usr/bin/env bash
# make bench: a registration rush against two Convene instances on one real PostgreSQL, driven by wrk,
# compared with pgbench running the bare seat claim and insert at the same concurrency; then a waiting-list rush,
# the claim's cost against capacity and seats taken, an overload of 512 connections, how long the mail takes to
# go out, and Convene's cheapest routes against a bare Reactor Netty server (bench/baseline.sh). Not in CI.
#
#   CONVENE_DATABASE_URL=postgresql://127.0.0.1:5432/bench make bench   # an existing PostgreSQL
#   make bench                                                          # the embedded PostgreSQL
# Knobs: BENCH_CONNECTIONS (default 32, split over the two instances), BENCH_DURATION (s, default 30),
#        BENCH_CAPACITY (default 100000), BENCH_WARMUP (s, default 15), BENCH_OVERLOAD_CONNECTIONS (512),
#        BENCH_JFR=1 (a JFR profile of each instance in the results, for docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-30}
CAPACITY=${BENCH_CAPACITY:-100000}
OVERLOAD=${BENCH_OVERLOAD_CONNECTIONS:-512}
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

./mvnw -B -q -ntp -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
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
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xms256m -Xmx256m \
    ${BENCH_JFR:+-XX:StartFlightRecording=filename=$OUT/$name.jfr,settings=profile,dumponexit=true} \
    -jar "$JAR" --spring.r2dbc.pool.max-size=24 \
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
new_event() { # slug capacity [waitlist] -> id
  local start end
  start=$(date -u -d '+30 days' +%Y-%m-%dT13:00:00Z); end=$(date -u -d '+30 days' +%Y-%m-%dT15:00:00Z)
  local id
  id=$(api -X POST "http://localhost:$PORT_A/api/v1/admin/events" -d "{\"kind\":\"HIGH_LEVEL_EVENT\",
    \"slug\":\"$1\",\"title\":{\"en\":\"Benchmark rush\"},\"venue\":{\"name\":\"Room XX\",\"city\":\"Geneva\",
    \"countryCode\":\"CH\",\"timeZone\":\"Europe/Zurich\"},\"startsAt\":\"$start\",\"endsAt\":\"$end\",
    \"capacity\":$2,\"access\":\"PUBLIC\",\"approvalRequired\":false,\"waitlist\":${3:-true}}" | sed -E 's/.*"id":"([^"]+)".*/\1/')
  api -X POST "http://localhost:$PORT_A/api/v1/admin/events/$id/publish" >/dev/null
  echo "$id"
}

HALF=$((CONNECTIONS / 2))
rush() { # event seconds tag [connections per instance]
  local c=${4:-$HALF}
  wrk -t1 -c"$c" -d"$2"s --timeout 5s --latency -s bench/register.lua "http://localhost:$PORT_A" -- "$1" "$3a" \
    >"$OUT/wrk-$3-a.txt" &
  local w1=$!
  wrk -t1 -c"$c" -d"$2"s --timeout 5s --latency -s bench/register.lua "http://localhost:$PORT_B" -- "$1" "$3b" \
    >"$OUT/wrk-$3-b.txt" &
  local w2=$!
  wait $w1 $w2
}

psql_db() { PGPASSWORD=$DB_PASSWORD psql -qtA "${DB_URL/postgresql:\/\//postgresql://$DB_USER@}" -c "$1"; }
field() { grep RESULT "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
sum_field() { echo $(( $(field "$OUT/wrk-$1-a.txt" "$2") + $(field "$OUT/wrk-$1-b.txt" "$2") )); }
worst() { # tag field: the larger of the two instances' figures
  echo "$(field "$OUT/wrk-$1-a.txt" "$2") $(field "$OUT/wrk-$1-b.txt" "$2")" | tr ' ' '\n' | sort -g | tail -n 1; }

# check(tag, event, capacity, seconds, connections): throughput, latency and the outcome a delegate relies on — seats held =
# min(stored, capacity), everyone else waiting in arrival order, every 201 stored.
check() {
  local tag=$1 event=$2 capacity=$3 seconds=$4 connections=${5:-$CONNECTIONS}
  local req non2xx errs ok stored held waiting disorder verdict=PASS
  req=$(sum_field "$tag" requests); non2xx=$(sum_field "$tag" non2xx)
  errs=$(( $(sum_field "$tag" connect_err) + $(sum_field "$tag" read_err) + $(sum_field "$tag" timeouts) ))
  ok=$((req - non2xx))
  stored=$(psql_db "select count(*) from registration where event_id = '$event'")
  held=$(psql_db "select count(*) from seat where event_id = '$event' and registration_id is not null")
  waiting=$(psql_db "select count(*) from registration where event_id = '$event' and status = 'WAITLISTED'")
  # a waiting registration never arrived before a seated one of the same event
  disorder=$(psql_db "select count(*) from registration w where w.event_id = '$event' and w.status = 'WAITLISTED'
    and w.arrival < (select max(arrival) from registration c where c.event_id = '$event' and c.status = 'CONFIRMED')")
  [ "$held" -eq "$(( stored < capacity ? stored : capacity ))" ] || verdict="FAIL (held $held)"
  [ "$((held + waiting))" -eq "$stored" ] || verdict="FAIL (statuses do not add up)"
  [ "$disorder" -eq 0 ] || verdict="FAIL ($disorder waiting ahead of a seat)"
  # a request wrk gave up on may still have registered; requests in flight when wrk stopped finish after it
  [ "$stored" -ge "$ok" ] && [ "$stored" -le "$((ok + errs + connections))" ] || verdict="FAIL ($stored stored, $ok answered 2xx)"
  RATE=$(echo "scale=0; $ok / $seconds" | bc)
  LINE="$RATE/s · p50 $(worst "$tag" p50_ms) · p99 **$(worst "$tag" p99_ms)** ms · $non2xx non-2xx · $errs socket errors/timeouts"
  OUTCOME="$held held, $waiting waiting of $stored stored: **$verdict**"
}

echo "Warming up both instances for ${WARMUP}s"
rush "$(new_event "bench-warmup-$STAMP" 100)" "$WARMUP" warmup >/dev/null

EVENT=$(new_event "bench-rush-$STAMP" "$CAPACITY")
echo "1/6 Rush: $CONNECTIONS connections for ${DURATION}s on event $EVENT (capacity $CAPACITY)"
rush "$EVENT" "$DURATION" rush
check rush "$EVENT" "$CAPACITY" "$DURATION"; RUSH_RATE=$RATE; RUSH_LINE=$LINE; RUSH_OUTCOME=$OUTCOME

echo "   mail: waiting for the outbox to drain"
MAIL_START=$(date +%s.%N); MAIL_LEFT=-1
for _ in $(seq 1 240); do
  MAIL_LEFT=$(psql_db "select count(*) from mail_outbox where event_id = '$EVENT' and status = 'PENDING'")
  [ "$MAIL_LEFT" -eq 0 ] && break
  sleep 1
done
MAIL_SECONDS=$(echo "scale=1; ($(date +%s.%N) - $MAIL_START) / 1" | bc)
MAIL_SENT=$(psql_db "select count(*) from mail_outbox where event_id = '$EVENT' and status = 'SENT'")
MAIL_DOUBLED=$(psql_db "select count(*) from (select registration_id from mail_outbox where event_id = '$EVENT'
  group by registration_id, kind having count(*) > 1) d")

heap() { curl -fsS -u "$ADMIN:$ADMIN_PASSWORD" "http://localhost:$1/actuator/prometheus" \
  | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s+=$NF} END {printf "%.0f", s/1048576}'; }
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
HEAP_A=$(heap $PORT_A); HEAP_B=$(heap $PORT_B); RSS_A=$(rss "$PID_A"); RSS_B=$(rss "$PID_B")

WAIT_EVENT=$(new_event "bench-waitlist-$STAMP" 1)
echo "2/6 Waiting-list rush: $CONNECTIONS connections for ${DURATION}s on a full event"
rush "$WAIT_EVENT" "$DURATION" waitlist
check waitlist "$WAIT_EVENT" 1 "$DURATION"; WAIT_RATE=$RATE; WAIT_LINE=$LINE; WAIT_OUTCOME=$OUTCOME

PGURL=${DB_URL/postgresql:\/\//postgresql://$DB_USER@}
pgb() { PGPASSWORD=$DB_PASSWORD pgbench -n "$@" "$PGURL" 2>&1; }
PG_EVENT=$(new_event "bench-pgbench-$STAMP" "$CAPACITY")
echo "3/6 pgbench: the bare claim and insert, $CONNECTIONS clients for ${DURATION}s"
pgb -c "$CONNECTIONS" -j 2 -T "$DURATION" -f bench/registration.pgbench -D event="'$PG_EVENT'" \
  -D capacity="$CAPACITY" >"$OUT/pgbench.txt" || true
PG_TPS=$(grep -E '^tps' "$OUT/pgbench.txt" | head -n 1 | sed -E 's/tps = ([0-9.]+).*/\1/')
RATIO=$(echo "scale=2; $RUSH_RATE / ${PG_TPS:-1}" | bc)

echo "4/6 The claim's cost: 100 vs 100,000 seats, 40 vs 4,000 taken (pgbench, one client, rolled back)"
claim_cost() { # capacity taken -> average latency in ms
  local e; e=$(new_event "bench-claim-$1-$2-$STAMP" "$1")
  [ "$2" -gt 0 ] && pgb -c 1 -t "$2" -f bench/registration.pgbench -D event="'$e'" -D capacity="$1" >/dev/null
  pgb -c 1 -T 5 -f bench/claim-cost.pgbench -D event="'$e'" -D capacity="$1" >"$OUT/claim-$1-$2.txt"
  grep -E '^latency average' "$OUT/claim-$1-$2.txt" | sed -E 's/latency average = ([0-9.]+) ms/\1/'; }
C100=$(claim_cost 100 0); C100K=$(claim_cost 100000 0); T40=$(claim_cost 100 40); T4000=$(claim_cost 5000 4000)

OVER_EVENT=$(new_event "bench-overload-$STAMP" "$CAPACITY")
echo "5/6 Overload: $OVERLOAD connections for 20s"
rush "$OVER_EVENT" 20 overload $((OVERLOAD / 2))
check overload "$OVER_EVENT" "$CAPACITY" 20 "$OVERLOAD"; OVER_LINE=$LINE; OVER_OUTCOME=$OUTCOME
REFUSED=$(( $(curl -fsS -u "$ADMIN:$ADMIN_PASSWORD" "http://localhost:$PORT_A/actuator/prometheus" \
  | awk '/^convene_requests_refused_total/ {print int($NF)}') + $(curl -fsS -u "$ADMIN:$ADMIN_PASSWORD" \
  "http://localhost:$PORT_B/actuator/prometheus" | awk '/^convene_requests_refused_total/ {print int($NF)}') ))

echo "6/6 The cheapest routes against a bare Reactor Netty server"
bash bench/baseline.sh "http://localhost:$PORT_A" "$OUT" backend/target/bench-classpath.txt >"$OUT/baseline.md"

cat >"$OUT/summary.md" <<SUMMARY
### Registration rush — $STAMP
- machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -r); load before: $(cut -d' ' -f1-3 /proc/loadavg); database: $DB_KIND
- command: \`BENCH_CONNECTIONS=$CONNECTIONS BENCH_DURATION=$DURATION BENCH_CAPACITY=$CAPACITY make bench\`
- two instances with \`-Xmx256m\`, wrk with $HALF connections on each, unique delegates, wrk timeout 5 s

| figure | measured | goal |
|---|---|---|
| rush, one event of $CAPACITY seats | $RUSH_LINE | ≥ 1,000/s, p99 ≤ 50 ms, no errors |
| rush outcome | $RUSH_OUTCOME | |
| pgbench, bare claim + insert, $CONNECTIONS clients | ${PG_TPS:-n/a} transactions/s | |
| Convene / pgbench | **$RATIO** | ≥ 0.5 |
| waiting-list rush (event full) | $WAIT_LINE | as the rush |
| waiting-list outcome | $WAIT_OUTCOME | |
| claim, event of 100 vs 100,000 seats | $C100 ms vs $C100K ms | within 10 % |
| claim, 40 vs 4,000 seats taken | $T40 ms vs $T4000 ms | within 10 % |
| overload, $OVERLOAD connections, 20 s | $OVER_LINE; $REFUSED refused with 503 | no timeout, p99 ≤ 200 ms |
| overload outcome | $OVER_OUTCOME | |
| mail after the rush | $MAIL_SENT sent, $MAIL_LEFT left, $MAIL_DOUBLED doubled, drained ${MAIL_SECONDS}s after the rush | all within a minute, none twice |
| heap used (MiB) | a: $HEAP_A, b: $HEAP_B | ≤ 256 |
| RSS (MiB) | a: $RSS_A, b: $RSS_B | |

$(cat "$OUT/baseline.md")
SUMMARY
cat "$OUT/summary.md"
echo "Raw outputs in $OUT"
grep -q FAIL "$OUT/summary.md" && exit 1 || exit 0
