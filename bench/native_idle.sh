#!/usr/bin/env bash
# The native game's CPU time while nobody touches it, for ./bench.sh (run it under xvfb-run):
#   native_idle.sh GAME CONTENT_DIR SAVE_DIR [SECONDS]
# Starts the game on its title screen, waits 3 s (start-up, the first frames), then sums the run
# time of all its threads (the kernel's /proc/PID/task/*/schedstat, in ns) over SECONDS (default 10)
# and prints {"cpu_ms_per_s":…,"seconds":…}. 1000 would mean one core busy all the time.
set -euo pipefail
GAME="$1" CONTENT="$2" SAVE="$3" SECONDS_IDLE="${4:-10}"
"$GAME" --content "$CONTENT" --save-dir "$SAVE" --lang en --seed 1 &
game=$!
trap 'kill "$game" 2>/dev/null || true' EXIT
run_ns() { cat /proc/"$game"/task/*/schedstat | awk '{ s += $1 } END { printf "%d", s }'; }
sleep 3
t0=$(date +%s%N) c0=$(run_ns)
sleep "$SECONDS_IDLE"
t1=$(date +%s%N) c1=$(run_ns)
kill "$game"
wait "$game" 2>/dev/null || true
awk -v c="$((c1 - c0))" -v t="$((t1 - t0))" \
  'BEGIN { printf "{\"cpu_ms_per_s\":%.3f,\"seconds\":%.1f}\n", c / t * 1000, t / 1e9 }'
