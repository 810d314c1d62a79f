#!/usr/bin/env bash
# Benchmark against the running local stack (deploy/local/run.sh): deploy/bench/run.sh [requests] [rate/s]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp -f deploy/bench/pom.xml package -DskipTests
./mvnw -B -q -ntp -f deploy/bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$(pwd)/deploy/bench/target/classpath" >/dev/null
token=$(deploy/local/token.sh officer bench-officer 360400)
exec java -cp "deploy/bench/target/classes:$(cat deploy/bench/target/classpath)" io.ipcase.bench.OutboxLatencyBench "$token" "${1:-200}" "${2:-20}"
