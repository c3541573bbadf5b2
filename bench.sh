#!/usr/bin/env bash
# Prints how big and how fast Anti-Rumour is, beside a baseline page (bench/baseline: a minimal
# SDL2 + Dear ImGui "hello" built the naive way), in one table; the same in build/bench/results.json.
#   ./bench.sh            build what is needed, measure, print
#   ./bench.sh --runs 9   more loads per device for the medians (default 5)
# Rows: download sizes, time to first frame (headless Chromium, desktop and tablet), frame cost per
# screen (natively under Xvfb and in the browser), idle main-thread / CPU time (browser and native),
# and loading 100 / 1,000 / 10,000 / 100,000 scenarios natively (the last takes minutes).
# README.md ("Performance") shows the latest run; docs/performance.md explains the rows.
# Not a test: it never fails on a number, and ./run-tests.sh never runs it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUNS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
say() { printf '[bench] %s\n' "$*" >&2; }

# 1. The game's web build as players get it (MinSizeRel, no test hooks), kept in build/bench/web;
# then the same with the test hooks (a relink), whose ar_test_bench_frames times frames per screen.
say "building the game's web build (./build-wasm.sh)"
"$ROOT/build-wasm.sh" >&2
CACHE="${ANTIRUMOUR_CACHE:-$HOME/.cache/antirumour}"
# shellcheck disable=SC1091
source "$CACHE/paths.env"
export NODE_PATH=/usr/share/nodejs
OUT="$ROOT/build/bench"
mkdir -p "$OUT"
rm -rf "$OUT/web" "$OUT/web-hooks"
cp -a "$ROOT/build/wasm/web" "$OUT/web"
say "building the same with the test hooks (./build-wasm.sh --test-hooks), for frame costs"
"$ROOT/build-wasm.sh" --test-hooks >&2
cp -a "$ROOT/build/wasm/web" "$OUT/web-hooks"

# 2. The baseline page, with the same SDL2 web build and Dear ImGui sources, at -Os.
say "building the baseline page (bench/baseline)"
if [ ! -f "$OUT/baseline/build.ninja" ]; then
  emcmake cmake -S "$ROOT/bench/baseline" -B "$OUT/baseline" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DIMGUI_DIR="$IMGUI_DIR" -DSDL2_DIR="$SDL2_WEB_DIR" >&2
fi
cmake --build "$OUT/baseline" -j2 >&2
# Served like the game's build: scripts/serve.py sends both pages' files compressed the same way.
bash "$ROOT/scripts/precompress.sh" "$OUT/baseline/web"

# 3. The native game and the content benchmark: Release, their own build folder.
say "building the native game and the content benchmark (Release, build/bench/native)"
cmake -S "$ROOT" -B "$OUT/native" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAR_BUILD_GAME=ON \
  -DAR_BUILD_TESTS=OFF -DIMGUI_DIR="$IMGUI_DIR" >&2
cmake --build "$OUT/native" -j2 --target antirumour content_bench >&2
say "loading 100 / 1,000 / 10,000 / 100,000 generated scenarios"
: > "$OUT/content-rounds.jsonl"
for n in 100 1000 10000 100000; do
  rm -rf "$OUT/content-$n"
  "$OUT/native/bench/content_bench" --generate "$n" --dir "$OUT/content-$n"
  # The library and the bare parse take turns, in rounds of two runs each, and each keeps its best:
  # this machine's speed drifts from minute to minute (a bare parse of 1,000 took 37 ms in one run
  # and 64 in another), and all of one side after all of the other made the ratio swing with it.
  # Two runs a round, as a first run also pays for faulting in the heap's pages; 100,000 (about
  # 850 MB of text, a minute a round) in two rounds.
  rounds=3
  [ "$n" = 100000 ] && rounds=2
  for round in $(seq "$rounds"); do
    for mode in library json; do
      # Each size and mode in its own process: its peak memory is its own.
      "$OUT/native/bench/content_bench" --mode "$mode" --dir "$OUT/content-$n" --repeat 2 |
        sed "s/^{/{\"scenarios\":$n,\"round\":$round,/" >> "$OUT/content-rounds.jsonl"
    done
  done
  rm -rf "$OUT/content-$n"
done
# One line per size and mode: the best times of its rounds, and the largest memory growth.
python3 - "$OUT/content-rounds.jsonl" > "$OUT/content.jsonl" <<'PY'
import json, sys
best = {}
for line in open(sys.argv[1], encoding="utf-8"):
    run = json.loads(line)
    run.pop("round")
    key = (run["scenarios"], run["mode"])
    if key not in best:
        best[key] = run
        continue
    kept = best[key]
    for field in ("load_ms", "index_ms"):
        kept[field] = min(kept[field], run[field])
    if run["rss_peak_kb"] - run["rss_before_kb"] > kept["rss_peak_kb"] - kept["rss_before_kb"]:
        kept["rss_peak_kb"], kept["rss_before_kb"] = run["rss_peak_kb"], run["rss_before_kb"]
for run in best.values():
    print(json.dumps(run))
PY

# 4. The native game in a window under Xvfb: frame cost per screen, with a practice catalogue of
# the shipped practices four times under new ids, cut at the format's limit of 500, and CPU time
# while it sits on the title.
say "native frame cost per screen and idle CPU time (Xvfb)"
rm -rf "$OUT/frames-content" "$OUT/save"
cp -a "$ROOT/content" "$OUT/frames-content"
mkdir -p "$OUT/save"
python3 - "$OUT/frames-content/practices.json" <<'PY'
import json, sys
path = sys.argv[1]
catalogue = json.load(open(path, encoding="utf-8"))
shipped = catalogue["practices"]
copies = shipped + [dict(p, id=f"{p['id']}-bench-{k}") for k in (1, 2, 3) for p in shipped]
catalogue["practices"] = copies[:500]  # the loader refuses more than 500
json.dump(catalogue, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
xvfb-run -a -s "-screen 0 1920x1200x24" "$OUT/native/antirumour" --content "$OUT/frames-content" \
  --save-dir "$OUT/save" --lang en --seed 1 --bench-frames "$OUT/native-frames.json" --frames 300
# Idle: the game on its title screen, left alone (bench/native_idle.sh).
xvfb-run -a -s "-screen 0 1920x1200x24" "$ROOT/bench/native_idle.sh" "$OUT/native/antirumour" \
  "$ROOT/content" "$OUT/save" 10 > "$OUT/native-idle.json"

# 5. Sizes and the browser: then the table.
say "measuring in headless Chromium ($RUNS loads per page and device)"
node "$ROOT/bench/bench.mjs" --game "$OUT/web" --game-hooks "$OUT/web-hooks" \
  --baseline "$OUT/baseline/web" --content "$OUT/content.jsonl" \
  --native-frames "$OUT/native-frames.json" --native-idle "$OUT/native-idle.json" \
  --out "$OUT/results.json" --runs "$RUNS"
say "written: build/bench/results.json"
