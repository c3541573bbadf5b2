#!/usr/bin/env bash
# Builds Anti-Rumour for the browser (WebAssembly + WebGL2) with the bundled content.
#   ./build-wasm.sh            build into build/wasm/web/
#   ./build-wasm.sh --serve    build, then serve it on http://127.0.0.1:8080/
#   ./build-wasm.sh --serve --port 9000
#   ./build-wasm.sh --serve --host 0.0.0.0   (workshops: tablets on the same network can connect)
#   ./build-wasm.sh --debug    a debug build in build/wasm-debug/ (assertions, readable stacks)
#   ./build-wasm.sh --test-hooks   with the ar_test_* functions the end-to-end tests read (run-tests.sh)
# Installs what is missing first (scripts/install-deps.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SERVE=0
PORT=8080
HOST=127.0.0.1
BUILD_TYPE=MinSizeRel
TEST_HOOKS=OFF  # what players get has no test-only exports
while [ $# -gt 0 ]; do
  case "$1" in
    --serve) SERVE=1 ;;
    --port) PORT="$2"; shift ;;
    --host) HOST="$2"; shift ;;
    --debug) BUILD_TYPE=Debug ;;
    --test-hooks) TEST_HOOKS=ON ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "build-wasm.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

bash "$ROOT/scripts/install-deps.sh"
CACHE="${ANTIRUMOUR_CACHE:-$HOME/.cache/antirumour}"
# shellcheck disable=SC1091
source "$CACHE/paths.env"
export NODE_PATH=/usr/share/nodejs   # emcc's own JS tools need Debian's node modules (acorn)

# One folder per build type, so --debug is never silently ignored by an earlier configure.
BUILD="$ROOT/build/wasm"
[ "$BUILD_TYPE" = Debug ] && BUILD="$ROOT/build/wasm-debug"
if [ ! -f "$BUILD/build.ninja" ]; then
  emcmake cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
    -DAR_WERROR="${AR_WERROR:-OFF}" \
    -DIMGUI_DIR="$IMGUI_DIR" -DSDL2_DIR="$SDL2_WEB_DIR" -DWEB_INCLUDE_DIR="$WEB_INCLUDE_DIR" \
    -DCMAKE_CROSSCOMPILING_EMULATOR="/usr/bin/node;--no-experimental-fetch" \
    -DAR_TEST_HOOKS="$TEST_HOOKS" -DAR_CLOSURE_COMPILER="$CLOSURE_COMPILER"
else
  # An existing build folder: set again what differs (switching the hooks on or off recompiles
  # only run_web.cpp and relinks; a folder from before Closure Compiler, or a new cache, relinks).
  for setting in "AR_TEST_HOOKS:BOOL=$TEST_HOOKS" "AR_CLOSURE_COMPILER:FILEPATH=$CLOSURE_COMPILER"; do
    if ! grep -qx "$setting" "$BUILD/CMakeCache.txt"; then cmake "$BUILD" "-D$setting" >/dev/null; fi
  done
fi
cmake --build "$BUILD" -j2

# The .br and .gz copies scripts/serve.py sends to browsers that accept them.
bash "$ROOT/scripts/precompress.sh" "$BUILD/web"
echo "Built: $BUILD/web/index.html (test hooks $TEST_HOOKS)"

if [ "$SERVE" = 1 ]; then
  exec python3 "$ROOT/scripts/serve.py" "$BUILD/web" "$PORT" --host "$HOST"
fi
