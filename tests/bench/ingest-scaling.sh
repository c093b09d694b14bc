#!/usr/bin/env bash
# CloudTrail ingest beside its peers at several sizes, on the same generated files in the same run:
#   zcat (inflating only, the floor), a Python json + Counter aggregation, a jq pipeline (jq | sort | uniq -c),
#   and recertify-cli import aws-cloudtrail into a new SQLite store (with analysis).
# Each is timed with /usr/bin/time (wall seconds, peak resident MB of the largest process of a pipeline). The trail is synthetic (scale only):
# bench_ingest --generate writes it deterministically, 2,500 records per .json.gz file.
# Usage: tests/bench/ingest-scaling.sh BUILD_DIR [RECORDS…]   (default 50000 500000 5000000)
set -euo pipefail
build=$(cd "${1:?usage: ingest-scaling.sh BUILD_DIR [RECORDS…]}" && pwd)
shift
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(50000 500000 5000000)
for tool in /usr/bin/time jq python3 zcat; do
    command -v "$tool" >/dev/null || { echo "ingest-scaling.sh: needs $tool" >&2; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/ingest-scaling.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
mkdir -p "$HOME"

cat > "$work/peer.py" <<'PY'
import glob, gzip, json, sys
from collections import Counter
c = Counter()
for path in sorted(glob.glob(sys.argv[1] + '/**/*.json.gz', recursive=True)):
    with gzip.open(path) as f:
        for r in json.load(f)['Records']:
            u = r.get('userIdentity') or {}
            p = ((u.get('sessionContext') or {}).get('sessionIssuer') or {}).get('principalId') or u.get('principalId')
            c[(p, r['eventSource'].split('.')[0] + ':' + r['eventName'], r['eventTime'][:10])] += 1
print(len(c), 'aggregates', file=sys.stderr)
PY
jq_filter='.Records[] | [(.userIdentity.sessionContext.sessionIssuer.principalId // .userIdentity.principalId),
  ((.eventSource | split(".")[0]) + ":" + .eventName), .eventTime[0:10]] | @tsv'

# Runs a command under /usr/bin/time; prints "seconds peakMB".
measure() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        echo "ingest-scaling.sh: failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
    awk '{ printf "%.2f %d\n", $1, $2 / 1024 }' "$work/time"
}

printf '%-10s %-24s %9s %9s %16s\n' records tool seconds 'peak MB' ratio
for records in "${sizes[@]}"; do
    files=$(( (records + 2499) / 2500 ))
    rm -rf "$work/trail"* "$work/store"*
    mkdir -p "$work/trails"
    trail=$("$build/tests/bench_ingest" --generate "$work/trails" "$files" 2500 | sed -n 's/^trail in //p')
    [ -n "$trail" ] && [ -d "$trail/AWSLogs" ] || { echo "ingest-scaling.sh: bench_ingest wrote no trail" >&2; exit 1; }
    records=$((files * 2500))
    logs=$trail/AWSLogs
    read -r zs zm < <(measure bash -o pipefail -c "find '$logs' -name '*.json.gz' -print0 | xargs -0r zcat")
    read -r ps pm < <(measure python3 "$work/peer.py" "$logs")
    read -r js jm < <(measure bash -o pipefail -c "find '$logs' -name '*.json.gz' -print0 | xargs -0r zcat | jq -r '$jq_filter' | sort | uniq -c | wc -l")
    read -r rs rm_ < <(measure "$build/app/recertify-cli" --db "$work/store.sqlite" import aws-cloudtrail "$logs")
    ratio() { awk -v a="$1" -v b="$rs" 'BEGIN { if (b > 0) printf "peer/ours %.2f", a / b; else print "-" }'; }
    printf '%-10s %-24s %9s %9s %16s\n' "$records" 'zcat (floor)' "$zs" "$zm" "$(awk -v a="$rs" -v b="$zs" 'BEGIN { if (b > 0) printf "ours/zcat %.2f", a / b; else print "-" }')"
    printf '%-10s %-24s %9s %9s %16s\n' "$records" 'python json + Counter' "$ps" "$pm" "$(ratio "$ps")"
    printf '%-10s %-24s %9s %9s %16s\n' "$records" 'jq | sort | uniq -c' "$js" "$jm" "$(ratio "$js")"
    printf '%-10s %-24s %9s %9s %16s\n' "$records" 'recertify-cli import' "$rs" "$rm_" ''
    rm -rf "$work/trails" "$work/store"*
done
