#!/usr/bin/env bash
# The native frame benchmark (./bench.sh's --bench-frames) under Xvfb, with a few frames: it walks
# every main screen and writes each screen's frame cost and its parts (events, screen, OpenGL).
# Checks the shape, not the numbers: a frame is the sum of its parts, so no part's median or
# largest frame can exceed the whole frame's.
set -euo pipefail
BIN="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
xvfb-run -a -s "-screen 0 1920x1200x24" "$BIN" --lang en --seed 1 --save-dir "$WORK" \
  --bench-frames "$WORK/frames.json" --frames 5
python3 - "$WORK/frames.json" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
screens = [s["screen"] for s in out["screens"]]
wanted = ["title", "setup", "rumour", "feedback", "summary", "practices", "about"]
assert screens == wanted, f"screens {screens}, wanted {wanted}"
assert out["practices"] > 0 and out["scenarios"] > 0, "the shipped content was loaded"
for whole in out["screens"]:
    assert whole["frames"] == 5, whole
    for part in ("events", "screen", "opengl"):
        mine = next(p for p in out["parts"][part] if p["screen"] == whole["screen"])
        assert mine["frames"] == 5, (part, mine)
        for stat in ("median_ms", "max_ms"):
            assert 0 <= mine[stat] <= whole[stat] + 1e-9, (whole["screen"], part, stat, mine, whole)
    print(whole["screen"], whole["median_ms"], "ms;",
          " / ".join(f'{p} {next(x for x in out["parts"][p] if x["screen"] == whole["screen"])["median_ms"]:.3f}'
                     for p in ("events", "screen", "opengl")))
PY
