#!/usr/bin/env bash
# The performance harness, against the running local stack (deploy/local/run.sh):
#   deploy/bench/run.sh [all|credit|commands|flows|drain|replicas|start]   every figure beside its floor from the same run: a table on
#       stdout, JSON in deploy/bench/results/ (BENCH_SECONDS per load, default 10; BENCH_FLOWS flows/s, default 20;
#       BENCH_STARTS starts per service, default 5; BENCH_DRAIN case events in the backlog, default 50000). "start" (and "all", at its end) restarts the stack.
#   deploy/bench/run.sh outbox [requests] [rate/s]   outbox commit → consumer latency (case-service)
#   deploy/bench/run.sh console [requests]           console page latency, signed in (console + the services)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp -f deploy/bench/pom.xml package -DskipTests
./mvnw -B -q -ntp -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$(pwd)/deploy/bench/target/classpath" >/dev/null
cp="deploy/bench/target/classes:$(cat deploy/bench/target/classpath)"
case "${1:-all}" in
  all|start) ./mvnw -B -q -ntp -f deploy/bench/minimal-app/pom.xml package -DskipTests ;; # the start figure's floor
esac
# the reports are logged: a record printed as its message alone, by the JDK's own log manager (the JBoss one on the class
# path, installed by the first library that asks for it, has no handler here and would print nothing)
log=(-Djava.util.logging.manager=java.util.logging.LogManager "-Djava.util.logging.SimpleFormatter.format=%5\$s%n")
case "${1:-all}" in
  console)
    exec java "${log[@]}" -cp "$cp" io.ipcase.bench.ConsolePagesBench "$(deploy/local/token.sh officer officer-li 360400)" "${2:-200}" ;;
  outbox)
    exec java "${log[@]}" -cp "$cp" io.ipcase.bench.OutboxLatencyBench "$(deploy/local/token.sh officer bench-officer 360400)" "${2:-200}" "${3:-20}" ;;
  *)
    # the generator is kept small so that it leaves the cores to what it measures
    exec java "${log[@]}" -Xmx256m -XX:+UseSerialGC -Dbench.seconds="${BENCH_SECONDS:-10}" -Dbench.flows="${BENCH_FLOWS:-20}" -Dbench.starts="${BENCH_STARTS:-5}" -Dbench.drain="${BENCH_DRAIN:-50000}" -cp "$cp" io.ipcase.bench.Bench "${@:-all}" ;;
esac
