#!/usr/bin/env bash
# Checks an operator's copy of a service's signed audit checkpoints against the service's audit chains as they are now
# (docs/domain.md, "Audit"): every signature, the checkpoints' order, and every chain head they sign.
#
#   deploy/local/audit-check.sh <service URL> <checkpoint file> [key id]
#   e.g. deploy/local/audit-check.sh http://127.0.0.1:8082 /mnt/offsite/mediation-service.checkpoints.jsonl 7d63fbfd21b9d05b
#
# The file is the JSON lines the service appends to IPCASE_AUDIT_CHECKPOINT_FILE (or GET /api/v1/audit/checkpoints).
# The key id is the one you keep for the service's signing key: a checkpoint signed with any other is reported.
# Token: IPCASE_TOKEN (an auditor's or admin's); on the local stack one is minted for an auditor.
# Prints each finding (which chain of which checkpoint no longer holds); exits 0 when all hold, 1 when not, 2 on misuse.
set -euo pipefail
if [[ $# -lt 2 || ! -r "$2" ]]; then
    sed -n '5,6p' "$0" >&2
    exit 2
fi
url="${1%/}" file="$(realpath "$2")" key="${3:-}"
cd "$(dirname "$0")/../.."
token="${IPCASE_TOKEN:-$(deploy/local/token.sh auditor auditor-check)}"
batch="${IPCASE_AUDIT_CHECK_BATCH:-50}"

# in batches that overlap by one checkpoint, so that each checkpoint is checked against the one before it
mapfile -t lines < <(grep -v '^[[:space:]]*$' "$file")
total=${#lines[@]}
intact=true
findings=$(mktemp)
trap 'rm -f "$findings"' EXIT
start=0
while (( start < total )); do
    end=$(( start + batch < total ? start + batch : total ))
    from=$(( start > 0 ? start - 1 : 0 ))
    body="{\"checkpoints\":[$(IFS=,; echo "${lines[*]:from:end-from}")]}"
    answer=$(curl -sS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @- \
        "$url/api/v1/audit/checkpoints/verify${key:+?keyId=$key}" <<<"$body" -w '\n%{http_code}')
    status="${answer##*$'\n'}"
    answer="${answer%$'\n'*}"
    if [[ "$status" != 200 ]]; then
        echo "the service refused the check ($status): $answer" >&2
        exit 2
    fi
    if [[ "$answer" != *'"intact":true'* ]]; then
        intact=false
        if command -v jq >/dev/null; then
            jq -r '.findings[] | "checkpoint \(.checkpoint): \(.chain // "-") \(.id // "") \(if .seq then "seq \(.seq)" else "" end): \(.problem)"' <<<"$answer" >>"$findings"
        else
            echo "$answer" >>"$findings"
        fi
    fi
    start=$end
done
# the checkpoint two batches share is reported once
awk '!seen[$0]++' "$findings"
if $intact; then
    echo "intact: $total checkpoints of $file hold against $url"
else
    echo "NOT INTACT: see the findings above" >&2
    exit 1
fi
