#!/usr/bin/env python3
"""Serves the web build on loopback with the right types for .wasm and .data files.

Usage: serve.py DIR [PORT] [--host ADDR]   (default port 8080, host 127.0.0.1: this machine only;
--host 0.0.0.0 lets tablets on the same network play during a workshop)

Only files inside DIR are served (no folder listings, nothing outside DIR through '..' or links).
Every answer carries the page's Content-Security-Policy (the one in DIR/index.html's meta tag, plus
frame-ancestors 'none', which a meta tag cannot set) and the usual security headers.
"""
import functools
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


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".data": "application/octet-stream",
        ".js": "text/javascript",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
    }

    def send_head(self):
        # The standard handler already drops '..' (also when written %2e%2e); this also refuses
        # anything that resolves outside the folder, such as a symbolic link pointing out of it.
        root = os.path.realpath(self.directory)
        real = os.path.realpath(self.translate_path(self.path))
        if real != root and not real.startswith(root + os.sep):
            self.send_error(404, "Not found")
            return None
        return super().send_head()

    def list_directory(self, path):
        self.send_error(404, "Not found")
        return None

    def end_headers(self):
        # A facilitator who rebuilds must see the new build, not a cached one.
        self.send_header("Cache-Control", "no-cache")
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
