#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, core library only) in build/fuzz and runs each
# for a while, seeded with fuzz/corpus/<target>/ and a dictionary. See fuzz/README.md.
#   fuzz/run.sh [SECONDS] [TARGET...]   default: 30 seconds each, every target, one after another
# New inputs go to build/fuzz/corpus/<target>/ (kept between runs); a crash or a broken property
# is saved as build/fuzz/findings/<target>-crash-*, and the run counts as failed.
# Ends with "Fuzz summary: N passed, M failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS_EACH="${1:-30}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(pack_loader csv_import practices ui_strings progress deep_link content_bundle)
BUILD="$ROOT/build/fuzz"
CXX_FUZZ="${CXX_FUZZ:-clang++-14}"
CC_FUZZ="${CC_FUZZ:-clang-14}"

fuzzers=()
for t in "${TARGETS[@]}"; do fuzzers+=("${t}_fuzz"); done
if ! cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAR_FUZZ=ON \
       -DAR_BUILD_GAME=OFF -DAR_BUILD_TESTS=OFF -DCMAKE_CXX_COMPILER="$CXX_FUZZ" \
       -DCMAKE_C_COMPILER="$CC_FUZZ" >/dev/null ||
   ! nice cmake --build "$BUILD" -j2 --target "${fuzzers[@]}"; then
  echo "fuzz: the build failed"
  echo "Fuzz summary: 0 passed, ${#TARGETS[@]} failed"
  exit 1
fi

# A sanitizer report or a leak ends the run with an error; the fuzzer saves the input.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:allocator_may_return_null=0:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
mkdir -p "$BUILD/logs" "$BUILD/findings"
passed=0
failed=0
for t in "${TARGETS[@]}"; do
  dict="$ROOT/fuzz/json.dict"
  [ "$t" = csv_import ] && dict="$ROOT/fuzz/csv.dict"
  [ "$t" = deep_link ] && dict="$ROOT/fuzz/link.dict"
  mkdir -p "$BUILD/corpus/$t"
  log="$BUILD/logs/$t.log"
  touch "$BUILD/logs/$t.start"  # findings newer than this are this run's
  # -max_len: well above the seeds (the largest is 9 KB), small enough to keep runs fast.
  nice -n 19 "$BUILD/fuzz/${t}_fuzz" -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
    -dict="$dict" -max_len=16384 -timeout=30 -rss_limit_mb=2048 \
    -artifact_prefix="$BUILD/findings/$t-" "$BUILD/corpus/$t" "$ROOT/fuzz/corpus/$t" >"$log" 2>&1
  status=$?
  runs=$(grep -E '^stat::number_of_executed_units:' "$log" | awk '{print $2}')
  cov=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 | grep -oE 'cov: [0-9]+' || true)
  if [ "$status" = 0 ]; then
    passed=$((passed + 1))
    echo "fuzz $t: ok, ${runs:-?} runs in ${SECONDS_EACH} s, ${cov:-cov: ?}, corpus $(ls "$BUILD/corpus/$t" | wc -l) files"
  else
    failed=$((failed + 1))
    echo "fuzz $t: FAILED (exit $status); log: $log"
    grep -E 'ERROR|SUMMARY|property broken|Test unit written' "$log" | head -8 | sed 's/^/  /'
    # The input itself, so a run on another machine (CI) can be repeated here: base64 -d > file.
    for f in "$BUILD/findings/$t-"*; do
      [ "$f" -nt "$BUILD/logs/$t.start" ] && [ "$(stat -c %s "$f")" -le 3072 ] && echo "  input $(basename "$f") (base64): $(base64 -w0 "$f")"
    done
  fi
done
echo "Fuzz summary: $passed passed, $failed failed"
[ "$failed" = 0 ]
