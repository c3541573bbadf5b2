#!/usr/bin/env bash
# Builds both targets and runs every test: native unit, UI, platform and command-line tests and the
# native window under Xvfb (CTest, all under ASan + UBSan), a short fuzzing run of every loader, the same
# unit tests as WebAssembly under node (CTest), the schema/loader agreement, the end-to-end tests
# in Debian's headless Chromium (Playwright), and an iPad-sized smoke test in WebKitGTK (WebDriver).
# Installs what is missing first.
# Ends with one line: "Summary: N passed, M failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
LOGS="$ROOT/build/test-logs"
PASSED=0
FAILED=0
STEP_FAILED=()

# Each step's heading says how long the run has taken so far; the end lists each step's minutes.
STEP_TIMES=()
STEP_NAME=""
STEP_START=$SECONDS
step() {
  [ -n "$STEP_NAME" ] && STEP_TIMES+=("$(printf '%5.1f min  %s' "$(awk -v s=$((SECONDS - STEP_START)) 'BEGIN { print s / 60 }')" "$STEP_NAME")")
  STEP_NAME="$*"
  STEP_START=$SECONDS
  printf '\n=== %s === (at %d min %02d s)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60))
}
count_ctest() { # log: adds the "N tests failed out of M" line to the totals
  local line total failed
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -1)
  if [ -z "$line" ]; then FAILED=$((FAILED + 1)); return; fi
  failed=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")
  PASSED=$((PASSED + total - failed))
  FAILED=$((FAILED + failed))
}
count_fuzz() { # log of fuzz/run.sh: "Fuzz summary: N passed, M failed" (one per fuzz target)
  local line
  line=$(grep -E '^Fuzz summary: [0-9]+ passed, [0-9]+ failed' "$1" | tail -1)
  if [ -z "$line" ]; then FAILED=$((FAILED + 1)); return; fi
  PASSED=$((PASSED + $(awk '{print $3}' <<<"$line")))
  FAILED=$((FAILED + $(awk '{print $5}' <<<"$line")))
}
# The lines of a node --test log worth printing: results, totals, and under a failed test the
# first lines of its diagnostics (error, expected/actual, where), so a CI record says why.
node_lines() { # extra pattern for lines to keep, e.g. '^# WebKit:'
  awk -v extra="${1:-^\$^}" '
    /^(not )?ok / { shown = ($1 == "not") ? 14 : 0; print; next }
    /^# (pass|fail) / || $0 ~ extra { print; next }
    shown > 0 && /^  [a-z]|^    / { print; shown--; next }
    /^  \.\.\.$/ { shown = 0 }'
}

count_node() { # log of node --test: "# pass N" / "# fail N"
  local p f
  p=$(grep -E '^# pass [0-9]+' "$1" | tail -1 | awk '{print $3}')
  f=$(grep -E '^# fail [0-9]+' "$1" | tail -1 | awk '{print $3}')
  if [ -z "$p" ]; then FAILED=$((FAILED + 1)); return; fi
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + ${f:-0}))
}

step "Installing what is missing"
bash scripts/install-deps.sh || { echo "run-tests.sh: installing the dependencies failed"; echo "Summary: 0 passed, 1 failed"; exit 1; }
CACHE="${ANTIRUMOUR_CACHE:-$HOME/.cache/antirumour}"
# shellcheck disable=SC1091
source "$CACHE/paths.env"
export NODE_PATH=/usr/share/nodejs
mkdir -p "$LOGS"

step "Native build (debug, warnings on, ASan + UBSan)"
# One native build for every native test, under AddressSanitizer and UndefinedBehaviorSanitizer:
# a bad read, a leak or undefined behaviour anywhere aborts its test. (A second, unsanitised build
# of the same tests found nothing more and cost CI about ten minutes.)
if cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAR_WERROR=ON -DAR_SANITIZE=ON -DAR_UNITY=ON \
     -DIMGUI_DIR="$IMGUI_DIR" >/dev/null &&
   cmake --build build/native -j2; then
  step "Native tests under ASan + UBSan (CTest: core, UI, platform, command line, window under Xvfb)"
  (cd build/native &&
   ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1" \
   UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
   ctest -j2 --output-on-failure) 2>&1 | tee "$LOGS/native.log" | tail -15
  count_ctest "$LOGS/native.log"
else
  FAILED=$((FAILED + 1)); STEP_FAILED+=("native build")
fi

step "Fuzzing: every loader for 30 s under libFuzzer + ASan + UBSan (build/fuzz)"
# One pass or fail per loader; a finding is saved in build/fuzz/findings/ (see fuzz/README.md).
fuzz/run.sh 30 2>&1 | tee "$LOGS/fuzz.log" | grep -E '^(fuzz |Fuzz summary|  )'
count_fuzz "$LOGS/fuzz.log"

step "WebAssembly build"
if AR_WERROR=ON ./build-wasm.sh --test-hooks; then  # the end-to-end tests read the game's state through them
  step "WebAssembly unit tests (CTest, node)"
  (cd build/wasm && ctest --output-on-failure) 2>&1 | tee "$LOGS/wasm.log" | tail -5
  count_ctest "$LOGS/wasm.log"

  step "End-to-end tests in headless Chromium (Playwright)"
  node --test --test-concurrency=1 tests/e2e/ 2>&1 | tee "$LOGS/e2e.log" | node_lines
  count_node "$LOGS/e2e.log"

  step "iPad smoke test in WebKit (WebKitGTK's WebDriver and MiniBrowser under Xvfb)"
  # Starts and ends its own Xvfb, driver and browser; every wait in it has a time limit.
  timeout 600 node --test --test-concurrency=1 tests/webkit/ 2>&1 | tee "$LOGS/webkit.log" | node_lines '^# WebKit:'
  count_node "$LOGS/webkit.log"
else
  FAILED=$((FAILED + 1)); STEP_FAILED+=("wasm build")
fi

step "Schema and loader agree (Ajv + antirumour --validate)"
if [ -x build/native/antirumour ]; then
  AR_BUILD_DIR="$ROOT/build/native" node --test tests/schema/ 2>&1 | tee "$LOGS/schema.log" | node_lines
  count_node "$LOGS/schema.log"
else
  FAILED=$((FAILED + 1))
fi

step "end"
echo "Time per step:"
printf '  %s\n' "${STEP_TIMES[@]}"
echo "Screenshots: build/native/screenshots/ and build/wasm/screenshots/; logs: build/test-logs/"
[ ${#STEP_FAILED[@]} -eq 0 ] || echo "Failed steps: ${STEP_FAILED[*]}"
# Again at the end, where a shortened record keeps it: each failed test and why.
for log in "$LOGS"/*.log; do
  awk -v file="$(basename "$log")" '
    /^not ok / { name = $0; sub(/^not ok [0-9]+ - /, "", name); print "Failed (" file "): " name }
    /^  error: / && name != "" { print "   " $0; name = "" }
    /^[ \t]*[0-9]+ - .*\((Failed|Timeout|SEGFAULT|Subprocess aborted|Child aborted|Exception|ILLEGAL|BUS|Not Run)\)/ { print "Failed (" file "): " $0 }
    /^fuzz [a-z_]+: FAILED/ { print "Failed (" file "): " $0; fuzz = 10; next }
    fuzz > 0 && /^  / { print "   " $0; fuzz--; next }
    { fuzz = 0 }' "$log"
done
echo "Summary: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
