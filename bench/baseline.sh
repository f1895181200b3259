#!/usr/bin/env bash
# Part of make bench: Convene's cheapest routes against a bare Reactor Netty server (bench/bare/BareServer.java)
# answering the same bytes, with the same wrk settings, in the same run. Prints a markdown table.
#   bash bench/baseline.sh http://localhost:18080 OUT_DIR CLASSPATH_FILE
# Knobs: BENCH_BASELINE_CONNECTIONS (default 32), BENCH_BASELINE_DURATION (s, default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
CONVENE=$1
OUT=$2
CLASSPATH_FILE=$3
CONNECTIONS=${BENCH_BASELINE_CONNECTIONS:-32}
DURATION=${BENCH_BASELINE_DURATION:-10}
BARE_PORT=${BENCH_BARE_PORT:-18099}
BARE=http://127.0.0.1:$BARE_PORT
ROUTES=(/js/scanner.js /actuator/health/liveness /api/v1/events)
mkdir -p "$OUT/bare"

# the bare server answers with exactly what Convene answers now
curl -fsS "$CONVENE/js/scanner.js" -o "$OUT/bare/scanner.js"
curl -fsS "$CONVENE/actuator/health/liveness" -o "$OUT/bare/liveness.json"
curl -fsS "$CONVENE/api/v1/events" -o "$OUT/bare/events.json"

"$JAVA_HOME/bin/java" -Xmx256m -cp "$(cat "$CLASSPATH_FILE")" bench/bare/BareServer.java "$BARE_PORT" "$OUT/bare" \
  >"$OUT/bare/server.log" 2>&1 &
BARE_PID=$!
trap 'kill $BARE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "$BARE/api/v1/events" >/dev/null 2>&1 && break; sleep 0.5; done

field() { grep RESULT "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
measure() { # base route tag -> requests/s
  wrk -t1 -c"$CONNECTIONS" -d3s -s bench/checkin-baseline.lua "$1$2" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION"s --latency -s bench/checkin-baseline.lua "$1$2" >"$OUT/wrk-baseline-$3.txt"
  echo "scale=0; $(field "$OUT/wrk-baseline-$3.txt" requests) / $DURATION" | bc
}

echo "| route ($CONNECTIONS connections, ${DURATION}s each) | bare server (req/s, p99 ms) | Convene (req/s, p99 ms) | Convene / bare |"
echo "|---|---|---|---|"
for route in "${ROUTES[@]}"; do
  tag=$(echo "$route" | tr -c 'a-z0-9\n' '-')
  bare=$(measure "$BARE" "$route" "bare$tag")
  ours=$(measure "$CONVENE" "$route" "convene$tag")
  echo "| \`GET $route\` | $bare, $(field "$OUT/wrk-baseline-bare$tag.txt" p99_ms) | $ours, $(field "$OUT/wrk-baseline-convene$tag.txt" p99_ms) | **$(echo "scale=2; $ours / $bare" | bc)** |"
done
