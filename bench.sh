#!/usr/bin/env bash
# Prints how big and how fast Anti-Rumour is, beside a baseline page (bench/baseline: a minimal
# SDL2 + Dear ImGui "hello" built the naive way), in one table; the same in build/bench/results.json.
#   ./bench.sh            build what is needed, measure, print
#   ./bench.sh --runs 9   more loads per device for the medians (default 5)
# Rows: download sizes, time to first frame (headless Chromium, desktop and tablet), idle main-thread
# time, and loading 100 / 1,000 / 10,000 scenarios natively. README.md ("Performance") explains them.
# Not a test: it never fails on a number, and ./run-tests.sh never runs it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUNS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
say() { printf '[bench] %s\n' "$*" >&2; }

# 1. The game's web build as players get it (MinSizeRel, no test hooks): build/wasm/web.
say "building the game's web build (./build-wasm.sh)"
"$ROOT/build-wasm.sh" >&2
CACHE="${ANTIRUMOUR_CACHE:-$HOME/.cache/antirumour}"
# shellcheck disable=SC1091
source "$CACHE/paths.env"
export NODE_PATH=/usr/share/nodejs
OUT="$ROOT/build/bench"
mkdir -p "$OUT"

# 2. The baseline page, with the same SDL2 web build and Dear ImGui sources, at -Os.
say "building the baseline page (bench/baseline)"
if [ ! -f "$OUT/baseline/build.ninja" ]; then
  emcmake cmake -S "$ROOT/bench/baseline" -B "$OUT/baseline" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DIMGUI_DIR="$IMGUI_DIR" -DSDL2_DIR="$SDL2_WEB_DIR" >&2
fi
cmake --build "$OUT/baseline" -j2 >&2

# 3. The native content benchmark: the core library only, Release, its own build folder.
say "building the content benchmark (bench/content_bench.cpp)"
if [ ! -f "$OUT/native/build.ninja" ]; then
  cmake -S "$ROOT" -B "$OUT/native" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DAR_BUILD_GAME=OFF -DAR_BUILD_TESTS=OFF >&2
fi
cmake --build "$OUT/native" -j2 --target content_bench >&2
say "loading 100 / 1,000 / 10,000 generated scenarios"
: > "$OUT/content.jsonl"
for n in 100 1000 10000; do
  rm -rf "$OUT/content-$n"
  "$OUT/native/bench/content_bench" --generate "$n" --dir "$OUT/content-$n"
  for mode in library json; do
    # Each mode in its own process: its peak memory is its own.
    "$OUT/native/bench/content_bench" --mode "$mode" --dir "$OUT/content-$n" |
      sed "s/^{/{\"scenarios\":$n,/" >> "$OUT/content.jsonl"
  done
  rm -rf "$OUT/content-$n"
done

# 4. Sizes and the browser: then the table.
say "measuring in headless Chromium ($RUNS loads per page and device)"
node "$ROOT/bench/bench.mjs" --game "$ROOT/build/wasm/web" --baseline "$OUT/baseline/web" \
  --content "$OUT/content.jsonl" --out "$OUT/results.json" --runs "$RUNS"
say "written: build/bench/results.json"
