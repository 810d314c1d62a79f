#!/usr/bin/env bash
# Stops what deploy/local/run.sh started, by the process ids it wrote; the data stays.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${IPCASE_DATA_DIR:-$(pwd)/.ipcase-data}"
pids="$data/pids"
stop() { # name
  local pidfile="$pids/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    echo "stopped $1 ($pid)"
  fi
  rm -f "$pidfile"
}
# the console and the services first, so they leave the broker and the database cleanly
stop console
for service in notification-service credit-service mediation-service case-service; do
  stop "$service"
done
stop databases
stop kafka
stop infra
