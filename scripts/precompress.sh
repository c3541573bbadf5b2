#!/usr/bin/env bash
# Compressed copies beside each file of a web folder: FILE.br (brotli at its best, quality 11) and
# FILE.gz (gzip -9), which scripts/serve.py sends to browsers that accept them. A copy is made
# again only when it is older than its file.   scripts/precompress.sh DIR
set -euo pipefail
for file in "$1"/*; do
  case "$file" in *.br | *.gz) continue ;; esac
  [ -f "$file" ] || continue
  if [ ! "$file.br" -nt "$file" ]; then
    brotli -q 11 -c "$file" >"$file.br.tmp" && mv "$file.br.tmp" "$file.br"
  fi
  if [ ! "$file.gz" -nt "$file" ]; then
    gzip -9 -n -c "$file" >"$file.gz.tmp" && mv "$file.gz.tmp" "$file.gz"
  fi
done
