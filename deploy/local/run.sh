#!/usr/bin/env bash
# Runs ipcase on the embedded servers: builds what is needed, starts PostgreSQL (one database per
# service), Kafka (topics created with their partitions) and an SMTP server in one process, then the
# four services and the console as processes of their own; waits until every health check is up and returns.
# deploy/local/stop.sh stops everything it started; the data (.ipcase-data/) survives for the next start.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
data="${IPCASE_DATA_DIR:-$root/.ipcase-data}"
pids="$data/pids"
mkdir -p "$data" "$pids"

for pidfile in "$pids"/*.pid; do
  [ -e "$pidfile" ] || continue
  if kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "ipcase is already running (pid files in $pids); deploy/local/stop.sh stops it"
    exit 1
  fi
  rm -f "$pidfile"
done

if [ "${IPCASE_SKIP_BUILD:-}" != "true" ]; then
  echo "building (tests skipped; ./mvnw verify runs them)…"
  ./mvnw -B -q -ntp install -DskipTests
  ./mvnw -B -q -ntp -f deploy/infra/pom.xml dependency:build-classpath -Dmdep.outputFile="$data/infra.classpath" >/dev/null
elif [ ! -s "$data/infra.classpath" ]; then
  # without the build (a packaged checkout, a new data directory) the servers' class path is still to be written
  ./mvnw -B -q -ntp -f deploy/infra/pom.xml dependency:build-classpath -Dmdep.outputFile="$data/infra.classpath" >/dev/null
fi

fail() {
  echo "$1"
  deploy/local/stop.sh >/dev/null 2>&1 || true
  exit 1
}

start_infra() { # part: kafka (the broker, as its own process) or databases (PostgreSQL + SMTP)
  rm -f "$data/$1.ready"
  IPCASE_DATA_DIR="$data" nohup java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "deploy/infra/target/classes:$(cat "$data/infra.classpath")" io.ipcase.infra.LocalStack "$1" >"$data/$1.log" 2>&1 &
  echo $! >"$pids/$1.pid"
}
wait_infra() { # part
  for _ in $(seq 1 180); do
    [ -f "$data/$1.ready" ] && return 0
    kill -0 "$(cat "$pids/$1.pid")" 2>/dev/null || fail "$1 failed to start, see $data/$1.log"
    sleep 0.5
  done
  fail "$1 did not become ready, see $data/$1.log"
}
start_infra kafka
start_infra databases
wait_infra kafka
wait_infra databases
echo "PostgreSQL 127.0.0.1:55432, Kafka 127.0.0.1:59092, SMTP 127.0.0.1:2525 (data in $data)"

# every process's JVM sized on purpose (deploy/jvm/README.md), the same options as the image and the k8s resources
export MALLOC_ARENA_MAX=2
jvm() { # name: the options, and the class-data archive of the service (written when the first run after a build stops)
  local archive="$data/cds/$1.jsa"
  mkdir -p "$data/cds"
  if [ -f "$archive" ] && [ "$archive" -nt "$1/target/quarkus-app/quarkus-run.jar" ]; then
    echo "@deploy/jvm/service.options -XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
  else
    rm -f "$archive"
    echo "@deploy/jvm/service.options -XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
}

# each service's API on 808x, its health, metrics, OpenAPI and Swagger UI on the management port 918x
start_service() { # name port management-port
  prefix=$(echo "${1%%-*}" | tr '[:lower:]' '[:upper:]')
  # shellcheck disable=SC2046 # the options are words
  env "${prefix}_MANAGEMENT_PORT=$3" IPCASE_AUDIT_CHECKPOINT_FILE="$data/$1.checkpoints.jsonl" QUARKUS_PROFILE=local nohup java $(jvm "$1") -jar "$1/target/quarkus-app/quarkus-run.jar" >"$data/$1.log" 2>&1 &
  echo $! >"$pids/$1.pid"
}
wait_ready() { # name management-port
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$(cat "$pids/$1.pid")" 2>/dev/null || fail "$1 failed to start, see $data/$1.log"
    sleep 0.5
  done
  fail "$1 not ready, see $data/$1.log"
}
start_service case-service 8081 9181
start_service mediation-service 8082 9182
start_service credit-service 8083 9183
start_service notification-service 8084 9184
wait_ready case-service 9181
wait_ready mediation-service 9182
wait_ready credit-service 9183
wait_ready notification-service 9184

# the console: the staff's and the public's pages on 8080, signing local users in with the local key
env CONSOLE_MANAGEMENT_PORT=9180 CONSOLE_LOCAL_KEY_FILE="$root/deploy/infra/src/main/resources/ipcase/dev-jwt/private.pem" \
  QUARKUS_PROFILE=local nohup java $(jvm console) -jar console/target/quarkus-app/quarkus-run.jar >"$data/console.log" 2>&1 &
echo $! >"$pids/console.pid"
wait_ready console 9180

cat <<INFO

ipcase is up (logs in $data/*.log; stop with deploy/local/stop.sh).
  console               http://127.0.0.1:8080/          sign in as any local user; public pages need no sign-in
  case-service          http://127.0.0.1:8081/api/v1   Swagger UI, health, metrics: http://127.0.0.1:9181/q/swagger-ui, /q/health, /q/metrics
  mediation-service     http://127.0.0.1:8082/api/v1   management: http://127.0.0.1:9182/q/
  credit-service        http://127.0.0.1:8083/api/v1   management: http://127.0.0.1:9183/q/
  notification-service  http://127.0.0.1:8084/api/v1   management: http://127.0.0.1:9184/q/   (inbox: /api/v1/inbox, live: /api/v1/inbox/stream)
  mail sent             http://127.0.0.1:8025/
  a token for each role (local signing key; deploy/local/token.sh <roles> <user> [region]):
    deploy/local/token.sh officer officer-li 360400
    deploy/local/token.sh head head-wang 360400
    deploy/local/token.sh reviewer reviewer-zhao 360400
    deploy/local/token.sh mediator mediator-chen
    deploy/local/token.sh organisation-admin org-admin-jj
    deploy/local/token.sh court court-jj-01 360400
    deploy/local/token.sh credit-officer credit-officer-zhou 360400
    deploy/local/token.sh credit-platform credit-china
    deploy/local/token.sh auditor auditor-1
    deploy/local/token.sh admin admin-root
  deploy/local/demo.sh walks the main flows against it.
INFO
