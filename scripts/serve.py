#!/usr/bin/env python3
"""Serves the web build on loopback with the right types for .wasm and .data files.

Usage: serve.py DIR [PORT] [--host ADDR]   (default port 8080, host 127.0.0.1: this machine only;
--host 0.0.0.0 lets tablets on the same network play during a workshop)

Only files inside DIR are served (no folder listings, nothing outside DIR through '..' or links).
Every answer carries the page's Content-Security-Policy (the one in DIR/index.html's meta tag, plus
frame-ancestors 'none', which a meta tag cannot set) and the usual security headers.

What travels over a room's wifi is what build-wasm.sh compressed: when the browser accepts it, a
file's FILE.br (brotli) or FILE.gz (gzip -9) sibling is sent instead, with the original's type.
A sibling older than its file is stale and never sent. Caching: the build's names carry no content
hash, so every file is revalidated (no-cache, with an ETag: an unchanged file costs a 304, not a
download); a name with a content hash in it (name.0123abcd.ext) is kept for a year.
"""
import email.utils
import functools
import http
import http.server
import os
import re
import sys

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}
META_POLICY = re.compile(
    r'<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"', re.I)


def page_policy(directory):
    """The meta policy of DIR/index.html (read again when the page changes), for the header."""
    path = os.path.join(directory, "index.html")
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        return "frame-ancestors 'none'"
    cached = page_policy.cache.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    with open(path, encoding="utf-8", errors="replace") as f:
        found = META_POLICY.search(f.read())
    policy = found.group(1).strip().rstrip(";") if found else ""
    policy = (policy + "; " if policy else "") + "frame-ancestors 'none'"
    page_policy.cache[path] = (stamp, policy)
    return policy


page_policy.cache = {}

# Compressed siblings, in the order preferred when the browser accepts both equally.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))
# name.<8 or more hex digits>.ext: the name changes whenever the content does.
HASHED_NAME = re.compile(r"[.-][0-9a-f]{8,}\.[A-Za-z0-9]+$")
REVALIDATE = "no-cache"
KEEP_A_YEAR = "public, max-age=31536000, immutable"


def accepted_encodings(header):
    """Accept-Encoding as {coding: q}; '*' stands for every coding not named (RFC 9110 12.5.3)."""
    accepted = {}
    for part in (header or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        coding = fields[0].lower()
        if not coding:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0  # a malformed weight accepts nothing
        accepted[coding] = max(0.0, min(q, 1.0))
    return accepted


def choose_encoding(header, available):
    """The coding to send, of those `available` (in the server's preference), or None (identity)."""
    accepted = accepted_encodings(header)
    best, best_q = None, 0.0
    for coding in available:
        q = accepted.get(coding, accepted.get("*", 0.0))
        if q > best_q:
            best, best_q = coding, q
    return best


def cache_control(path):
    return KEEP_A_YEAR if HASHED_NAME.search(os.path.basename(path)) else REVALIDATE


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".data": "application/octet-stream",
        ".content": "application/octet-stream",
        ".js": "text/javascript",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
    }

    def send_head(self):
        self.cache_control = REVALIDATE
        # The standard handler already drops '..' (also when written %2e%2e); this also refuses
        # anything that resolves outside the folder, such as a symbolic link pointing out of it.
        path = self.translate_path(self.path)
        if not self.inside(path):
            self.send_error(404, "Not found")
            return None
        if os.path.isdir(path) and self.path.split("?", 1)[0].split("#", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()  # a folder without '/' (redirect) or nothing (404)
        return self.send_file(path)

    def inside(self, path):
        root = os.path.realpath(self.directory)
        real = os.path.realpath(path)
        return real == root or real.startswith(root + os.sep)

    def send_file(self, path):
        """The file, or its compressed sibling when the browser accepts it; 304 when unchanged."""
        try:
            original = os.stat(path)
        except OSError:
            self.send_error(404, "Not found")
            return None
        available = {}
        for coding, suffix in ENCODINGS:
            sibling = path + suffix
            try:
                found = os.stat(sibling)
            except OSError:
                continue
            # Made from this version of the file (not before it changed), and not a link out.
            if found.st_mtime_ns >= original.st_mtime_ns and self.inside(sibling):
                available[coding] = sibling
        coding = choose_encoding(self.headers.get("Accept-Encoding"), list(available))
        send = available[coding] if coding else path
        try:
            f = open(send, "rb")
        except OSError:
            self.send_error(404, "Not found")
            return None
        stat = os.fstat(f.fileno())
        tag = f'"{original.st_mtime_ns:x}-{original.st_size:x}{"-" + coding if coding else ""}"'
        self.cache_control = cache_control(path)
        if tag in [t.strip() for t in self.headers.get("If-None-Match", "").split(",")]:
            f.close()
            self.send_response(http.HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", tag)
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return None
        self.send_response(http.HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(path))
        if coding:
            self.send_header("Content-Encoding", coding)
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", email.utils.formatdate(original.st_mtime, usegmt=True))
        self.send_header("ETag", tag)
        # Caches between the server and the tablets must keep one copy per encoding.
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return f

    def list_directory(self, path):
        self.send_error(404, "Not found")
        return None

    def end_headers(self):
        # A facilitator who rebuilds must see the new build, not a cached one: only names that
        # change with their content are kept without asking.
        self.send_header("Cache-Control", getattr(self, "cache_control", REVALIDATE))
        self.send_header("Content-Security-Policy", page_policy(self.directory))
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, fmt, *args):
        if "--quiet" not in sys.argv:
            super().log_message(fmt, *args)


def main():
    argv = sys.argv[1:]
    host = "127.0.0.1"
    if "--host" in argv:
        at = argv.index("--host")
        host = argv[at + 1]
        del argv[at : at + 2]
    args = [a for a in argv if not a.startswith("--")]
    directory = args[0] if args else "."
    port = int(args[1]) if len(args) > 1 else 8080
    handler = functools.partial(Handler, directory=directory)
    server = http.server.ThreadingHTTPServer((host, port), handler)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    print(f"Anti-Rumour is served on http://{shown}:{port}/ (Ctrl+C to stop)", flush=True)
    if host in ("0.0.0.0", "::"):
        print("Tablets on the same network: use this computer's address instead of 127.0.0.1",
              flush=True)
        print("(plain http on a network: no offline copy, no installing; see \"How tablets get "
              "the game\" in README.md)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
