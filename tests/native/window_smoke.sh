#!/usr/bin/env bash
# Starts the native game in a real window under Xvfb at desktop and tablet sizes, saves the last
# frame, and fails if the window could not open or the picture is blank. Then a workshop resumed
# from a save (a revealed fact, fact first) at projector and tablet sizes, the same way.
set -euo pipefail
BIN="$1"
OUT="$2"
mkdir -p "$OUT"
SAVE="$(mktemp -d)"
trap 'rm -rf "$SAVE"' EXIT
shot() { # name size lang save-dir
  local name="$1" size="$2" lang="$3" dir="$4"
  xvfb-run -a -s "-screen 0 1920x1200x24" "$BIN" --size "$size" --lang "$lang" --seed 1 \
    --frames 8 --screenshot "$OUT/$name.ppm" --save-dir "$dir"
  convert "$OUT/$name.ppm" "$OUT/$name.png"
  rm -f "$OUT/$name.ppm"
  read -r width height colours < <(identify -format '%w %h %k\n' "$OUT/$name.png")
  echo "$name: ${width}x${height}, $colours colours"
  [ "${width}x${height}" = "$size" ] || { echo "wrong size: ${width}x${height}, wanted $size"; exit 1; }
  [ "$colours" -gt 50 ] || { echo "the window looks blank ($colours colours)"; exit 1; }
}
for size in 1280x800 768x1024; do
  for lang in en es; do
    shot "native-title-$lang-$size" "$size" "$lang" "$SAVE"
  done
done

# A workshop under way, as the game saved it (docs/save-format.md): 3 teams, the first rumour of
# the first shipped pack revealed. The game opens it where it was.
CONTENT="$(dirname "$BIN")/content"
for size in 1920x1080 768x1024; do
  dir="$SAVE/workshop-$size"
  mkdir -p "$dir"
  python3 - "$CONTENT" "$dir/workshop.json" <<'PY'
import glob, json, sys
pack = json.load(open(sorted(glob.glob(sys.argv[1] + "/packs/*.json"))[0]))
sc = pack["scenarios"][0]
choices = len(sc.get("choices", ["true", "false", "misleading", "not_enough_data"]))
save = {"format": 1, "kind": "workshop", "phase": "revealed",
        "settings": {"team_names": ["Owls", "", "Foxes"], "answers": "all_vote", "mode": "verdict",
                     "talk_seconds": 0, "language": "en"},
        "position": 0,
        "rumours": [{"id": sc["id"], "reply_order": list(range(len(sc["replies"]))),
                     "team_choice": [0, 1, choices - 1], "card_counts": [0] * choices,
                     "talk_left_ms": 0, "locked": True}]}
json.dump(save, open(sys.argv[2], "w"))
PY
  shot "native-workshop-revealed-$size" "$size" en "$dir"
done
