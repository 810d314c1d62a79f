#!/usr/bin/env bash
# Mints a token for the local stack: deploy/local/token.sh <role[,role]> <user> [region-division-code]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec java deploy/infra/src/main/java/io/ipcase/infra/DevTokens.java "$@"
