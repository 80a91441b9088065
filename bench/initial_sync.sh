#!/usr/bin/env bash
# Initial sync from theke-server on loopback (DESIGN §7: 1M customers + 3M orders in < 60 s, < 300 MB):
# generates the demo data once (kept in DATA for later runs), then times a fresh `theke-ctl sync`
# into an empty profile. Prints the per-feed times, wall and CPU time of the client, its peak RSS
# and the server's CPU time. The machine is shared with other work: compare CPU times across runs.
#
#   bench/initial_sync.sh BUILD_DIR CUSTOMERS DATA [PAGE_SIZE]
#   e.g. bench/initial_sync.sh build/release 100000 /tmp/theke-sync-bench
set -euo pipefail
build=$(realpath "$1"); customers=$2; data=$3; page=${4:-500}
server="$build/server/theke-server"
ctl="$build/app/cli/theke-ctl"
mkdir -p "$data"
run="$data/run"
rm -rf "$run"; mkdir -p "$run"
code="BENCH-$RANDOM$RANDOM"
args=(--data "$data/server" --listen 127.0.0.1:0 --seed 42 --demo-now 2026-11-01 --enroll-code "$code")
[ -d "$data/server" ] || args+=(--demo-customers "$customers")
"$server" "${args[@]}" >"$run/server.out" 2>"$run/server.log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 30000); do
  url=$(sed -n 's/^listening on \(http:\/\/[0-9.:]*\)$/\1/p' "$run/server.out" | head -n1)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$run/server.log" >&2; exit 1; }
  sleep 0.2
done
"$ctl" --profile "$run/profile" enroll --server "$url" --code "$code" --device-name Bench >/dev/null 2>&1
QT_LOGGING_RULES="theke.sync.info=true" /usr/bin/time -v "$ctl" --profile "$run/profile" sync \
  --page-size "$page" >"$run/sync.out" 2>"$run/sync.err"
grep -o 'pull "[a-z]*" complete.*' "$run/sync.err"
grep -E "Elapsed|Maximum resident|User time|System time" "$run/sync.err"
awk '{printf "server CPU time (seconds): %.2f\n", ($14 + $15) / 100}' "/proc/$server_pid/stat"
