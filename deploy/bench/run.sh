#!/usr/bin/env bash
# Benchmarks against the running local stack (deploy/local/run.sh):
#   deploy/bench/run.sh [requests] [rate/s]      outbox commit → consumer latency (case-service)
#   deploy/bench/run.sh credit [requests]        credit-check latency (credit-service)
#   deploy/bench/run.sh console [requests]       console page latency, signed in (console + the services)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp -f deploy/bench/pom.xml package -DskipTests
./mvnw -B -q -ntp -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$(pwd)/deploy/bench/target/classpath" >/dev/null
cp="deploy/bench/target/classes:$(cat deploy/bench/target/classpath)"
# the report is logged: a record printed as its message alone
log="-Djava.util.logging.SimpleFormatter.format=%5\$s%n"
if [ "${1:-}" = "credit" ]; then
  exec java "$log" -cp "$cp" io.ipcase.bench.CreditCheckBench "$(deploy/local/token.sh credit-platform bench-platform)" "${2:-500}"
fi
if [ "${1:-}" = "console" ]; then
  exec java "$log" -cp "$cp" io.ipcase.bench.ConsolePagesBench "$(deploy/local/token.sh officer officer-li 360400)" "${2:-200}"
fi
token=$(deploy/local/token.sh officer bench-officer 360400)
exec java "$log" -cp "$cp" io.ipcase.bench.OutboxLatencyBench "$token" "${1:-200}" "${2:-20}"
