#!/usr/bin/env bash
# Starts the native game in a real window under Xvfb at desktop and tablet sizes, saves the last
# frame, and fails if the window could not open or the picture is blank.
set -euo pipefail
BIN="$1"
OUT="$2"
mkdir -p "$OUT"
SAVE="$(mktemp -d)"
trap 'rm -rf "$SAVE"' EXIT
for size in 1280x800 768x1024; do
  for lang in en es; do
    name="native-title-$lang-$size"
    xvfb-run -a -s "-screen 0 1920x1200x24" "$BIN" --size "$size" --lang "$lang" --seed 1 \
      --frames 8 --screenshot "$OUT/$name.ppm" --save-dir "$SAVE"
    convert "$OUT/$name.ppm" "$OUT/$name.png"
    rm -f "$OUT/$name.ppm"
    read -r width height colours < <(identify -format '%w %h %k\n' "$OUT/$name.png")
    echo "$name: ${width}x${height}, $colours colours"
    [ "${width}x${height}" = "$size" ] || { echo "wrong size: ${width}x${height}, wanted $size"; exit 1; }
    [ "$colours" -gt 50 ] || { echo "the window looks blank ($colours colours)"; exit 1; }
  done
done
