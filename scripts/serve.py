#!/usr/bin/env python3
"""Serves the web build on loopback with the right types for .wasm and .data files.

Usage: serve.py DIR [PORT] [--host ADDR]   (default port 8080, host 127.0.0.1: this machine only;
--host 0.0.0.0 lets tablets on the same network play during a workshop)
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".data": "application/octet-stream",
        ".js": "text/javascript",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
    }

    def end_headers(self):
        # A facilitator who rebuilds must see the new build, not a cached one.
        self.send_header("Cache-Control", "no-cache")
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
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
