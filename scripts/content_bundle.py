#!/usr/bin/env python3
"""Writes the web build's content file: the scenario packs and the practices, fetched by the page
once the title screen is drawn (web/content_fetch.js), in the format game/core/content_bundle.h
reads: "antirumour-content 1\\n", then per file "<path> <bytes>\\n" and the file's bytes.

    scripts/content_bundle.py CONTENT_DIR OUT_FILE
"""
import sys
from pathlib import Path


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    content, out = Path(sys.argv[1]), Path(sys.argv[2])
    # The same files, in the same order, as the desktop game reads from the folder.
    files = [(f"packs/{p.name}", p) for p in sorted((content / "packs").glob("*.json"))]
    files.append(("practices.json", content / "practices.json"))
    data = bytearray(b"antirumour-content 1\n")
    for name, path in files:
        body = path.read_bytes()
        data += f"{name} {len(body)}\n".encode("utf-8") + body
    if not out.exists() or out.read_bytes() != data:
        out.write_bytes(data)


if __name__ == "__main__":
    main()
