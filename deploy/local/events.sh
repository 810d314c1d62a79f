#!/usr/bin/env bash
# Prints the events of a topic of the running local stack: deploy/local/events.sh ipcase.case.events [--follow]
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${IPCASE_DATA_DIR:-$(pwd)/.ipcase-data}"
exec java -cp "deploy/infra/target/classes:$(cat "$data/infra.classpath")" io.ipcase.infra.TopicTail "${1:-ipcase.case.events}" "${@:2}"
