#!/usr/bin/env python3
# How many bytes of the web build's .wasm some source files account for (issue 16's budget: the
# look, the umbrella scene, the neighbours and the sound together under 30 KB gzip).
#   python3 bench/feature_bytes.py BUILD WASM SYMBOLS SOURCE...
# BUILD: a web build folder (build/wasm); WASM and SYMBOLS: the game linked with emcc's
# --emit-symbol-map (the link command of `ninja -C build/wasm -t commands antirumour`, with that
# flag and another -o); SOURCE: paths as under game/ (game/ui/neighbour.cpp ...).
# The functions each source's object defines (llvm-nm -C) are looked up by name in the symbol
# map and their bodies cut out of the code section, raw and gzip -9 (all together at the end).
# Weak symbols that another object defines too (std::string's inline members...) are left out,
# and so is whatever the optimiser inlined into other files' code: an attribution, not a build
# without the feature. It prints numbers and never fails on them.
# With the code in two parts (AR_SPLIT_CODE, the default), that link writes WASM instrumented for
# profiling and the whole code beside it as WASM.orig, which the symbol map indexes: used when
# present. (Its name section makes the last line's "whole .wasm" larger than what is shipped.)
import sys, re, gzip, subprocess, pathlib
build, wasm, symfile = sys.argv[1], sys.argv[2], sys.argv[3]
if pathlib.Path(wasm + '.orig').exists():
    wasm += '.orig'
    print(f'feature_bytes: the code in two parts: reading the whole code, {wasm}')
sources = sys.argv[4:]
all_objs = [str(p) for p in pathlib.Path(build, 'CMakeFiles').rglob('*.o') if 'tests' not in p.parts]
feature_objs = [o for o in all_objs if any(o.endswith('/' + s + '.o') for s in sources)]
other_objs = [o for o in all_objs if o not in feature_objs]
if len(feature_objs) != len(sources):
    sys.exit(f'feature_bytes: found {len(feature_objs)} objects for {len(sources)} sources in {build}')
def unescape(n):
    return re.sub(r'\\([0-9a-f]{2})', lambda m: chr(int(m.group(1), 16)), n)
syms = {}
for line in open(symfile):
    i, _, name = line.rstrip('\n').partition(':')
    syms[unescape(name)] = int(i)
def defined(obj):
    out = subprocess.run(['llvm-nm', '-C', '--defined-only', obj], capture_output=True, text=True).stdout
    names = {}
    for l in out.splitlines():
        parts = l.split(' ', 2)
        if len(parts) == 3 and parts[1] in 'TtWw':
            names[parts[2]] = parts[1]
    return names
others = set()
for o in other_objs: others |= set(defined(o))
data = open(wasm, 'rb').read()
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
i = 8; nimports = 0; code = None
while i < len(data):
    sid = data[i]; i += 1
    size, i = leb(data, i)
    if sid == 2:
        j = i; n, j = leb(data, j)
        for _ in range(n):
            l, j = leb(data, j); j += l
            l, j = leb(data, j); j += l
            kind = data[j]; j += 1
            if kind == 0: _, j = leb(data, j); nimports += 1
            elif kind == 1:
                j += 1; f, j = leb(data, j); _, j = leb(data, j)
                if f & 1: _, j = leb(data, j)
            elif kind == 2:
                f, j = leb(data, j); _, j = leb(data, j)
                if f & 1: _, j = leb(data, j)
            elif kind == 3: j += 2
            elif kind == 4: j += 1; _, j = leb(data, j)
    if sid == 10: code = (i, size)
    i += size
j, _ = code; n, j = leb(data, j)
bodies = {}
for k in range(n):
    s, j2 = leb(data, j); bodies[nimports + k] = data[j2:j2 + s]; j = j2 + s
total_code = sum(len(b) for b in bodies.values())
grand = b''
for obj in feature_objs:
    names = defined(obj)
    found = b''; missing = 0; count = 0
    for name, kind in names.items():
        if kind in 'Ww' and name in others: continue
        idx = syms.get(name)
        if idx is None or idx not in bodies: missing += 1; continue
        found += bodies[idx]; count += 1
    grand += found
    print(f'{obj.split("/")[-1]:32} {count:4} functions {len(found)/1024:7.1f} KB raw  {len(gzip.compress(found, 9))/1024:6.1f} KB gzip  ({missing} inlined or dropped)')
print(f'{"all of them":32}      {len(grand)/1024:7.1f} KB raw  {len(gzip.compress(grand, 9))/1024:6.1f} KB gzip, of a code section of {total_code/1024:.0f} KB raw, {len(gzip.compress(data, 9))/1024:.0f} KB gzip for the whole .wasm')
