#!/usr/bin/env bash
# Walks the main flows against the running local stack (deploy/local/run.sh), printing each step.
set -euo pipefail
cd "$(dirname "$0")/../.."
T() { java deploy/infra/src/main/java/io/ipcase/infra/DevTokens.java "$@"; }
export TOKEN_OFFICER=$(T officer officer-li 360400)
export TOKEN_HEAD=$(T head head-wang 360400)
export TOKEN_ADMIN=$(T admin admin-root)
export TOKEN_ORG_ADMIN=$(T organisation-admin org-admin-jj)
export TOKEN_MEDIATOR=$(T mediator mediator-chen)
export TOKEN_COURT=$(T court court-jj-01 360400)
export TOKEN_CREDIT_OFFICER=$(T credit-officer credit-officer-zhou 360400)
export TOKEN_PLATFORM=$(T credit-platform credit-china)
export TOKEN_AUDITOR=$(T auditor auditor-1)
exec java deploy/local/Demo.java
