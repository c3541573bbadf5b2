#!/usr/bin/env bash
# Installs everything Anti-Rumour needs, from Debian's packages and the npm registry only.
# Idempotent: a second run checks, finds everything in place and returns in seconds.
# Sources that must be compiled for the web (Dear ImGui, SDL2) come from `apt-get source` at pinned
# versions and are cached outside the build folder, in $ANTIRUMOUR_CACHE (default ~/.cache/antirumour).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${ANTIRUMOUR_CACHE:-$HOME/.cache/antirumour}"
# shellcheck disable=SC1091
source "$ROOT/scripts/versions.env"   # IMGUI_VERSION, SDL2_VERSION and their suites

say() { printf '[install] %s\n' "$*"; }

# One install at a time on this machine: several worktrees or a CI run may start it together.
mkdir -p "$CACHE"
exec 9>"$CACHE/.install.lock"
flock 9

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# --- Debian packages -----------------------------------------------------------------------------
PACKAGES=(
  build-essential cmake ninja-build pkg-config git dpkg-dev ca-certificates python3
  emscripten nodejs npm
  libsdl2-dev libgl-dev libegl-dev libgles-dev libgl1-mesa-dri
  nlohmann-json3-dev catch2
  chromium xvfb xauth imagemagick
  webkit2gtk-driver  # WebKitWebDriver + MiniBrowser (libwebkit2gtk-4.1-0): the iPad smoke test in tests/webkit/
  fonts-dejavu-core fonttools clang-format
  brotli  # build-wasm.sh's .br copies of the web build, which scripts/serve.py sends
  clang-14 libclang-rt-14-dev  # libFuzzer and the sanitizer runtimes for fuzz/
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    # node may come from another vendor's package on this machine: accept any working node/npm.
    if [ "$p" = nodejs ] && command -v node >/dev/null; then continue; fi
    if [ "$p" = npm ] && command -v npm >/dev/null; then continue; fi
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  say "Debian packages: all present"
fi

# --- Sources for the web build, through a project-local apt setup --------------------------------
# The system's apt configuration is left alone: a private sources list and lists folder in the cache.
mkdir -p "$CACHE/apt/lists/partial" "$CACHE/src"
mirror_uri() {
  # Reuse the mirror the machine already uses (never write a host into the repository).
  local uri
  uri=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -1 || true)
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(grep -E '^deb ' /etc/apt/sources.list | awk '{print $2}' | grep -v security | head -1 || true)
  fi
  printf '%s' "$uri"
}
APT_OPTS=()
apt_src_ready=0
prepare_apt_sources() {
  [ $apt_src_ready = 1 ] && return
  local uri
  uri=$(mirror_uri)
  if [ -z "$uri" ]; then
    echo "[install] error: cannot find the Debian mirror in /etc/apt/sources.list.d/*.sources" >&2
    exit 1
  fi
  printf 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\ndeb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\n' \
    "$uri" "$SDL2_SUITE" "$uri" "$IMGUI_SUITE" >"$CACHE/apt/sources.list"
  APT_OPTS=(-o "Dir::Etc::SourceList=$CACHE/apt/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
    -o "Dir::State::Lists=$CACHE/apt/lists" -o "APT::Get::List-Cleanup=0")
  # Downloads into a folder of our own: as root, apt's "_apt" user cannot write there.
  [ "$(id -u)" = 0 ] && APT_OPTS+=(-o "APT::Sandbox::User=root")
  say "updating the private source lists"
  apt-get "${APT_OPTS[@]}" update -q >/dev/null
  apt_src_ready=1
}

fetch_source() { # package version -> $CACHE/src/<package>-<version>
  local pkg=$1 ver=$2 dest="$CACHE/src/$1-$2"
  if [ -d "$dest" ]; then return; fi
  prepare_apt_sources
  say "apt-get source $pkg=$ver"
  rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
  (cd "$dest.tmp" && apt-get "${APT_OPTS[@]}" source -q "$pkg=$ver" >"$dest.log" 2>&1) || {
    echo "[install] error: apt-get source $pkg=$ver failed, see $dest.log" >&2
    exit 1
  }
  mv "$(find "$dest.tmp" -mindepth 1 -maxdepth 1 -type d | head -1)" "$dest"
  rm -rf "$dest.tmp"
}

fetch_source imgui "$IMGUI_VERSION"
fetch_source libsdl2 "$SDL2_VERSION"
IMGUI_DIR="$CACHE/src/imgui-$IMGUI_VERSION"
SDL2_SRC="$CACHE/src/libsdl2-$SDL2_VERSION"

# --- SDL2 compiled for WebAssembly (slow to configure: cached) ------------------------------------
SDL2_WEB="$CACHE/sdl2-web-$SDL2_VERSION"
if [ ! -f "$SDL2_WEB/lib/cmake/SDL2/SDL2Config.cmake" ]; then
  say "building SDL2 $SDL2_VERSION for the web (about 3 minutes, once)"
  export NODE_PATH=/usr/share/nodejs
  rm -rf "$CACHE/sdl2-web-build"
  emcmake cmake -S "$SDL2_SRC" -B "$CACHE/sdl2-web-build" -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$SDL2_WEB" >"$CACHE/sdl2-web-configure.log" 2>&1
  cmake --build "$CACHE/sdl2-web-build" -j2 >"$CACHE/sdl2-web-build.log" 2>&1
  cmake --install "$CACHE/sdl2-web-build" >/dev/null
  rm -rf "$CACHE/sdl2-web-build"
else
  say "SDL2 for the web: cached"
fi

# --- Include folders for the web build that hold only what they must ----------------------------
# Debian's nlohmann/Catch2 CMake packages add /usr/include, which leaks glibc headers into emcc.
mkdir -p "$CACHE/web-include"
ln -sfn /usr/include/nlohmann "$CACHE/web-include/nlohmann"
ln -sfn /usr/include/catch2 "$CACHE/web-include/catch2"

# --- npm: Playwright driving Debian's Chromium (never its own browser download) -----------------
if [ ! -d "$ROOT/tests/e2e/node_modules/playwright-core" ]; then
  say "npm ci in tests/e2e"
  (cd "$ROOT/tests/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
else
  say "playwright-core: present"
fi

# --- npm: Closure Compiler, which shortens the web build's emscripten script --------------------
# The release Debian's Emscripten 3.1.6 was made with (scripts/closure/package.json), kept in the cache
# by its lock file's hash, so a changed lock installs afresh.
CLOSURE_DIR="$CACHE/closure-$(sha256sum "$ROOT/scripts/closure/package-lock.json" | cut -c1-12)"
CLOSURE_COMPILER="$CLOSURE_DIR/node_modules/.bin/google-closure-compiler"
if [ ! -x "$CLOSURE_COMPILER" ]; then
  say "npm ci: Closure Compiler"
  rm -rf "$CLOSURE_DIR.partial" && mkdir -p "$CLOSURE_DIR.partial"
  cp "$ROOT/scripts/closure/package.json" "$ROOT/scripts/closure/package-lock.json" "$CLOSURE_DIR.partial/"
  (cd "$CLOSURE_DIR.partial" && npm ci --no-audit --no-fund --loglevel=error)
  rm -rf "$CLOSURE_DIR" && mv "$CLOSURE_DIR.partial" "$CLOSURE_DIR"
else
  say "Closure Compiler: present"
fi
# An earlier lock's install is a few hundred MB nobody reads any more.
for old in "$CACHE"/closure-*; do
  if [ "$old" != "$CLOSURE_DIR" ] && [ -d "$old" ]; then rm -rf "$old"; fi
done

# Version-free names for the presets (the versions live only in scripts/versions.env).
ln -sfn "$IMGUI_DIR" "$CACHE/imgui"
ln -sfn "$SDL2_WEB" "$CACHE/sdl2-web"

# Hand the paths to the build scripts.
cat >"$CACHE/paths.env" <<EOF
IMGUI_DIR=$IMGUI_DIR
SDL2_WEB_DIR=$SDL2_WEB/lib/cmake/SDL2
WEB_INCLUDE_DIR=$CACHE/web-include
CLOSURE_COMPILER=$CLOSURE_COMPILER
EOF
say "ready (paths in $CACHE/paths.env)"
