#!/usr/bin/env python3
"""Finishes the web build after emcc has linked it (run by CMake, see cmake/game.cmake).

Usage: web_finish.py WEB_DIR SOURCE_WEB_DIR ICON UI_STRINGS

- index.html: emcc's antirumour.html with the Content-Security-Policy completed: the shell's meta
  policy names its inline <script> and <style> blocks by hash (@AR_SCRIPT_HASHES@,
  @AR_STYLE_HASHES@), so the policy allows exactly the code the page carries and nothing else.
- index.html also gets the size of each file the page downloads (@AR_FILE_SIZES@: "name:bytes"
  pairs), for the progress shown while they come: compressed answers give no such length.
- index.html also gets the page's own words, the "page." strings of UI_STRINGS
  (content/ui-strings.json, where translators and their review marks are): @AR_TEXT(key)@ in the
  shell becomes the text in every language, and @AR_PAGE_MESSAGES@ the messages boot.js and the
  shell show (pageMessage). A key the page, boot.js or run_web.cpp uses and the file lacks stops
  the build.
- boot.js, manifest.webmanifest and the icon are copied in.
- service-worker.js: web/service-worker.js with the list of the build's files and a version, the
  content hash of those files. Any change to any of them gives a new worker, which replaces the
  cache of the old build.
"""
import base64
import hashlib
import html as html_text
import json
import re
import shutil
import sys
from pathlib import Path

# Every file the game needs, relative to the web folder. The worker caches exactly these.
CACHED = ["index.html", "boot.js", "antirumour.js", "antirumour.wasm", "antirumour.data",
          "antirumour.content", "manifest.webmanifest", "icon.svg"]


def csp_hash(text):
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


# The files boot.js and web/content_fetch.js download, whose sizes the page shows progress by.
DOWNLOADED = ["antirumour.wasm", "antirumour.data", "antirumour.deferred.wasm", "antirumour.content"]


def file_sizes(web):
    return " ".join(f"{name}:{(web / name).stat().st_size}" for name in DOWNLOADED
                    if (web / name).exists())


def page_words(strings_file):
    """Each "page." string in every language of the file, in its order (es, eu, en): the page
    speaks before the game knows the player's language."""
    table = json.loads(Path(strings_file).read_text(encoding="utf-8"))
    return {key: [text[language] for language in table["languages"]]
            for key, text in table["strings"].items() if key.startswith("page.")}


def check_page_keys(words, sources):
    """Every page message the page's code asks for exists (pageMessage('…'), js_game_error("…"))."""
    used = set()
    for text in sources:
        used |= set(re.findall(r"pageMessage\('([\w.]+)'\)", text))
        used |= set(re.findall(r'js_game_error\("([\w.]+)"\)', text))
    missing = sorted(used - set(words))
    if missing:
        sys.exit(f"web_finish.py: page messages missing from the interface strings: {', '.join(missing)}")


def put_page_words(html, words):
    def text(match):
        key = match.group(1)
        if key not in words:
            sys.exit(f"web_finish.py: the shell's @AR_TEXT({key})@ is not in the interface strings")
        return html_text.escape(" · ".join(words[key]))
    html = re.sub(r"@AR_TEXT\(([\w.]+)\)@", text, html)
    if html.count("@AR_PAGE_MESSAGES@") != 1:
        sys.exit("web_finish.py: the shell must hold @AR_PAGE_MESSAGES@ once")
    messages = {key: "\n".join(texts) for key, texts in words.items()}
    return html.replace("@AR_PAGE_MESSAGES@", html_text.escape(json.dumps(messages, ensure_ascii=False)))


def finish_html(html, sizes):
    if html.count("@AR_FILE_SIZES@") != 1:
        sys.exit("web_finish.py: the shell must hold @AR_FILE_SIZES@ once")
    html = html.replace("@AR_FILE_SIZES@", sizes)
    # Inline scripts only: a <script src=…> is allowed by 'self', not by a hash.
    scripts = re.findall(r"<script(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script>", html, re.S | re.I)
    styles = re.findall(r"<style[^>]*>(.*?)</style>", html, re.S | re.I)
    for placeholder in ("@AR_SCRIPT_HASHES@", "@AR_STYLE_HASHES@"):
        if html.count(placeholder) != 1:
            sys.exit(f"web_finish.py: the shell's Content-Security-Policy must hold {placeholder} once")
    html = html.replace("@AR_SCRIPT_HASHES@", " ".join(csp_hash(s) for s in scripts))
    # No inline style at all: 'none' keeps the directive valid.
    html = html.replace("@AR_STYLE_HASHES@", " ".join(csp_hash(s) for s in styles) or "'none'")
    return html


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    web, source, icon = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    words = page_words(sys.argv[4])
    html = (web / "antirumour.html").read_text(encoding="utf-8")
    check_page_keys(words, [html, (source / "boot.js").read_text(encoding="utf-8"),
                            (source.parent / "game/platform/run_web.cpp").read_text(encoding="utf-8")])
    html = put_page_words(html, words)
    write_if_changed(web / "index.html", finish_html(html, file_sizes(web)))
    for name in ("boot.js", "manifest.webmanifest"):
        copy_if_changed(source / name, web / name)
    copy_if_changed(icon, web / "icon.svg")

    # The code's second part, in a build split in two (scripts/split_code.mjs).
    cached = CACHED + (["antirumour.deferred.wasm"] if (web / "antirumour.deferred.wasm").exists() else [])
    version = hashlib.sha256()
    for name in cached:
        data = (web / name).read_bytes()
        version.update(f"{name}\0{len(data)}\0".encode())
        version.update(data)
    # A file the page needs but the worker does not keep would be missing offline: say so.
    # (build-wasm.sh's .br and .gz copies are the same files, compressed for the server.)
    extra = sorted(p.name for p in web.iterdir() if p.is_file() and p.suffix not in (".br", ".gz")
                   and p.name not in cached + ["antirumour.html", "service-worker.js"])
    if extra:
        print(f"web_finish.py: not kept for offline use (add to CACHED if the page needs them): "
              f"{', '.join(extra)}")
    worker = (source / "service-worker.js").read_text(encoding="utf-8")
    for placeholder in ("@AR_BUILD_VERSION@", "@AR_BUILD_FILES@"):
        if placeholder not in worker:
            sys.exit(f"web_finish.py: web/service-worker.js must hold {placeholder}")
    worker = worker.replace("@AR_BUILD_VERSION@", version.hexdigest()[:16])
    worker = worker.replace("@AR_BUILD_FILES@", json.dumps(cached))
    write_if_changed(web / "service-worker.js", worker)


def write_if_changed(path, text):
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def copy_if_changed(src, dst):
    if not dst.exists() or dst.read_bytes() != src.read_bytes():
        shutil.copyfile(src, dst)


if __name__ == "__main__":
    main()
