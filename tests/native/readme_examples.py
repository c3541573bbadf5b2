#!/usr/bin/env python3
"""The README's JSON examples parse as written, and its scenario pack validates.

A reader copies these blocks; a `//` comment or a `…` in place of a field would fail them.
Usage: readme_examples.py README.md path/to/antirumour
"""
import json
import os
import re
import subprocess
import sys
import tempfile

readme, antirumour = sys.argv[1], sys.argv[2]
text = open(readme, encoding="utf-8").read()
blocks = [(text.count("\n", 0, m.start()) + 2, m.group(1))
          for m in re.finditer(r"```json\n(.*?)```", text, re.S)]
if not blocks:
    sys.exit(f"{readme}: no ```json block found")
failed = False
packs = 0
for line, block in blocks:
    try:
        value = json.loads(block)
    except json.JSONDecodeError as e:
        print(f"{readme}:{line + e.lineno - 1}:{e.colno}: {e.msg}")
        failed = True
        continue
    if isinstance(value, dict) and "scenarios" in value:
        packs += 1
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "readme-pack.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(block)
            run = subprocess.run([antirumour, "--validate", path], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{readme}:{line}: the pack example does not validate:\n{run.stdout}")
                failed = True
print(f"{len(blocks)} JSON block(s), {packs} pack(s) checked")
sys.exit(1 if failed or packs == 0 else 0)
