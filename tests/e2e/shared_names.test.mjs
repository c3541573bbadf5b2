// The names the page, the tests and the bench share with the emscripten script through Module.
// The web link shortens the script with Closure Compiler (--closure 1, cmake/game.cmake), which
// renames every property it is not told to keep: Module.fileSize written by web/boot.js and read
// as Module.<short> by web/content_fetch.js would be undefined there. web/page.externs.js lists
// the names to keep; this test fails when code uses one it does not list. (The end-to-end tests
// then run the shortened script itself.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const externs = readFileSync(path.join(root, 'web/page.externs.js'), 'utf8');
const kept = new Set([...externs.matchAll(/^AntirumourShared\.([A-Za-z_$][\w$]*);/gm)].map((m) => m[1]));

const withoutComments = (file) => readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');

function usesOfModule(file) {
  const text = withoutComments(file);
  return [...text.matchAll(/\bModule\??\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
}

const files = [
  ...readdirSync(path.join(root, 'web')).filter((f) => /\.(js|html)$/.test(f) && !f.endsWith('.externs.js'))
    .map((f) => path.join(root, 'web', f)),
  ...readdirSync(path.join(root, 'tests/e2e')).filter((f) => f.endsWith('.mjs') && f !== 'shared_names.test.mjs')
    .map((f) => path.join(root, 'tests/e2e', f)),
  path.join(root, 'bench/bench.mjs'),
  path.join(root, 'scripts/split_code.mjs'),
];

test('every Module name the page, the libraries, the tests and the bench use is kept from renaming', () => {
  assert.ok(kept.size > 20, `web/page.externs.js lists ${kept.size} names`);
  const missing = [];
  for (const file of files) {
    for (const name of usesOfModule(file)) {
      if (!kept.has(name)) missing.push(`${path.relative(root, file)}: Module.${name}`);
    }
  }
  assert.deepEqual([...new Set(missing)], [], 'add these to web/page.externs.js');
});

test('the game JSON the screen mirror reads is read by quoted names', () => {
  // JSON.parse gives the names as written: a dotted read would be renamed by Closure Compiler.
  const mirror = withoutComments(path.join(root, 'web/screen_mirror.js'));
  assert.match(mirror, /text\['lines'\]/);
  assert.doesNotMatch(mirror, /\btext\.[a-z]/);
});
