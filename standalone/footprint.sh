#!/usr/bin/env bash
# Start-up and memory of standalone as the README starts it (docs/benchmarks.md, "Start-up and memory"):
# the time from the start command until /actuator/health/readiness answers UP (and the JVM's own part of it), the
# resident memory (RSS) of the application's JVM when idle and after a load of CLIENTS clients running the full flow.
# Run it from the repository root after a build (./mvnw -pl standalone -am -DskipTests test-compile):
#   standalone/footprint.sh            # settings: PORT=18080 CLIENTS=16 LOAD_SECONDS=60
set -euo pipefail
cd "$(dirname "$0")/.."
export AXONIQ_UPDATE_CHECKER_DISABLED=true
PORT=${PORT:-18080}
CLIENTS=${CLIENTS:-16}
LOAD_SECONDS=${LOAD_SECONDS:-60}
work=$(mktemp -d)
classpath=$work/classpath
# the reactor (-am) writes each module's classpath to the file in turn; standalone comes last
./mvnw -B -q -pl standalone -am test-compile dependency:build-classpath -Dmdep.outputFile="$classpath" \
    -Dmdep.includeScope=test

started=$(date +%s%N)
setsid ./mvnw -B -q -pl standalone -am spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT \
--integrale-toegang.embedded-postgres.data-directory=$work/postgres" >"$work/app.log" 2>&1 &
maven=$!
# Maven and the application's JVM it forks run in a process group of their own, ended together
trap 'kill -- -$maven 2>/dev/null; sleep 3; rm -rf "$work"' EXIT
until curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null; do
    kill -0 $maven 2>/dev/null || { echo "the application stopped; its log:"; tail -50 "$work/app.log"; exit 1; }
    sleep 0.1
done
ready=$(date +%s%N)
jvm=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
# the JVM's own start: from its process start (in clock ticks since boot) to ready
ticks=$(getconf CLK_TCK)
jvm_start=$(awk -v t="$ticks" '{print $22 / t}' "/proc/$jvm/stat")
uptime_now=$(awk '{print $1}' /proc/uptime)
jvm_seconds=$(awk -v u="$uptime_now" -v s="$jvm_start" -v r="$ready" -v n="$(date +%s%N)" \
    'BEGIN {printf "%.1f", u - s - (n - r) / 1e9}')
rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$jvm/status"; }
echo "machine          $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "start-up         $(awk -v a="$started" -v b="$ready" 'BEGIN {printf "%.1f", (b - a) / 1e9}') s from the \
start command to ready, of which the application's JVM $jvm_seconds s"
sleep 5
echo "RSS idle         $(rss)"
java -cp "standalone/target/test-classes:$(cat "$classpath")" -Dbenchmark.port="$PORT" \
    -Dbenchmark.threads="$CLIENTS" -Dbenchmark.measure-seconds="$LOAD_SECONDS" \
    nl.integraletoegang.standalone.benchmark.ExternalLoad || true
echo "RSS after load   $(rss)"
