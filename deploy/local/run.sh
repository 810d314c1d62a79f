#!/usr/bin/env bash
# Runs ipcase on the embedded servers: builds what is needed, starts a real PostgreSQL and Kafka
# (data kept in .ipcase-data/), then case-service on http://127.0.0.1:8081. Ctrl-C stops everything.
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

QUARKUS_PROFILE=local java -jar case-service/target/quarkus-app/quarkus-run.jar >"$data/case-service.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  if curl -fs http://127.0.0.1:8081/q/health/ready >/dev/null 2>&1; then
    break
  fi
  kill -0 "${pids[1]}" 2>/dev/null || { echo "case-service failed to start, see $data/case-service.log"; exit 1; }
  sleep 0.5
done
curl -fs http://127.0.0.1:8081/q/health/ready >/dev/null || { echo "case-service not ready, see $data/case-service.log"; exit 1; }
cat <<INFO

ipcase is up.
  case-service   http://127.0.0.1:8081   (Swagger UI: http://127.0.0.1:8081/q/swagger-ui)
  logs           $data/*.log
  token          java deploy/infra/src/main/java/io/ipcase/infra/DevTokens.java officer officer-li 360400
Ctrl-C stops everything; data survives in $data.
INFO
wait "${pids[1]}"
