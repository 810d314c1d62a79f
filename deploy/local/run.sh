#!/usr/bin/env bash
# Runs ipcase on the embedded servers: builds what is needed, starts a real PostgreSQL and Kafka
# (data kept in .ipcase-data/), then case-service on :8081, mediation-service on :8082, credit-service on :8083 and notification-service on :8084. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
data="${IPCASE_DATA_DIR:-$root/.ipcase-data}"
mkdir -p "$data"

if [ "${IPCASE_SKIP_BUILD:-}" != "true" ]; then
  echo "building (tests skipped; ./mvnw verify runs them)…"
  ./mvnw -B -q -ntp install -DskipTests
  ./mvnw -B -q -ntp -f deploy/infra/pom.xml dependency:build-classpath -Dmdep.outputFile="$data/infra.classpath" >/dev/null
fi

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

rm -f "$data/infra.ready"
IPCASE_DATA_DIR="$data" java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "deploy/infra/target/classes:$(cat "$data/infra.classpath")" io.ipcase.infra.LocalStack >"$data/infra.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  [ -f "$data/infra.ready" ] && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "infra failed to start, see $data/infra.log"; exit 1; }
  sleep 0.5
done
[ -f "$data/infra.ready" ] || { echo "infra did not become ready, see $data/infra.log"; exit 1; }
echo "PostgreSQL on 127.0.0.1:55432, Kafka on 127.0.0.1:59092 (data in $data)"

start_service() { # name port
  QUARKUS_PROFILE=local java -jar "$1/target/quarkus-app/quarkus-run.jar" >"$data/$1.log" 2>&1 &
  local pid=$!
  pids+=($pid)
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$1 failed to start, see $data/$1.log"; exit 1; }
    sleep 0.5
  done
  echo "$1 not ready, see $data/$1.log"
  exit 1
}
start_service case-service 8081
start_service mediation-service 8082
start_service credit-service 8083
start_service notification-service 8084
cat <<INFO

ipcase is up.
  case-service        http://127.0.0.1:8081   (Swagger UI: http://127.0.0.1:8081/q/swagger-ui)
  mediation-service   http://127.0.0.1:8082   (Swagger UI: http://127.0.0.1:8082/q/swagger-ui)
  credit-service      http://127.0.0.1:8083   (Swagger UI: http://127.0.0.1:8083/q/swagger-ui)
  notification-service http://127.0.0.1:8084  (Swagger UI: http://127.0.0.1:8084/q/swagger-ui)
  mail sent           http://127.0.0.1:8025/  (the local SMTP server on 127.0.0.1:2525 keeps every message)
  logs                $data/*.log
  token               deploy/local/token.sh officer officer-li 360400
Ctrl-C stops everything; data survives in $data.
INFO
wait "${pids[1]}"
