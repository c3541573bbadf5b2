// Splits the web build's code in two: what a load up to the title screen calls, which the page
// downloads before the first frame (antirumour.wasm), and the rest (antirumour.deferred.wasm),
// fetched with the packs once the title is drawn (web/boot.js, web/content_fetch.js).
//   node scripts/split_code.mjs WEB_DIR
// WEB_DIR holds the link's output (Emscripten's -sSPLIT_MODULE): antirumour.html, .js, .data and
// antirumour.wasm.orig, the whole optimised code (moved to WEB_DIR/.. here). Binaryen's
// wasm-split instruments a copy that records which functions run; the game is loaded with it in
// Debian's headless Chromium on desktop, tablet and phone screens, by the addresses players arrive
// by, once as a returning player (the packs held back, so only the start up to the title is
// recorded). What those loads ran, and all of Dear ImGui, stays in the first part. A function of
// the second part called before that part has arrived still works: web/boot.js then fetches and
// compiles it on the spot.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Playwright comes with the end-to-end tests (scripts/install-deps.sh installs it there).
let chromium;
try {
  ({ chromium } = createRequire(path.join(root, 'tests/e2e/package.json'))('playwright-core'));
} catch {
  console.error('split_code: no playwright-core in tests/e2e/node_modules: run scripts/install-deps.sh ' +
    '(or configure with -DAR_SPLIT_CODE=OFF for the code in one part)');
  process.exit(1);
}

const webDir = process.argv[2];
if (!webDir) {
  console.error('usage: node scripts/split_code.mjs WEB_DIR');
  process.exit(2);
}
// The link leaves the whole code beside the page; it is kept one folder up, out of what is served,
// so that this step can run again without a new link (an edited boot.js).
const original = path.join(webDir, '..', 'antirumour.wasm.orig');
if (existsSync(path.join(webDir, 'antirumour.wasm.orig')))
  renameSync(path.join(webDir, 'antirumour.wasm.orig'), original);
const work = mkdtempSync(path.join(tmpdir(), 'ar-split-'));

function wasmSplit(args) {
  // The code uses exceptions, bulk memory and more: let Binaryen read every feature.
  const run = spawnSync('wasm-split', ['--all-features', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wasm-split ${args.join(' ')} failed (${run.status})`);
  return run.stdout;
}

// A page to profile: the game as linked, without the policy web_finish.py completes (its inline
// code's hashes are not filled in yet), with the instrumented code.
wasmSplit(['--instrument', original, '-o', path.join(work, 'antirumour.wasm')]);
for (const file of ['antirumour.js', 'antirumour.data'])
  copyFileSync(path.join(webDir, file), path.join(work, file));
copyFileSync(path.join(root, 'web/boot.js'), path.join(work, 'boot.js'));
const page = readFileSync(path.join(webDir, 'antirumour.html'), 'utf8')
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
writeFileSync(path.join(work, 'index.html'), page);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((request, response) => {
  const name = path.basename(new URL(request.url, 'http://x').pathname) || 'index.html';
  if (name === 'antirumour.content') return;  // held back: the profile ends at the title
  try {
    const body = readFileSync(path.join(work, name));
    response.writeHead(200, { 'Content-Type': types[path.extname(name)] || 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
});
// Each screen with an address players arrive by: none, a language, a seed and a deep link.
const loads = [
  { query: '', screen: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 } },
  { query: '?lang=eu&seed=5#practice/bilbao-anti-rumour-web-app',
    screen: { viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true } },
  { query: '?lang=en#practices',
    screen: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true } },
  { query: '?seed=7&lang=es', screen: { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 },
    returning: true },
];
// A returning player's saved progress, as the game writes it after one round.
const progress = {
  best_score: { verdict: 100 }, format: 1, kind: 'progress', rounds_played: 1,
  seen: { 'crime-thefts-on-our-street': 1 }, text_step: 1,
};
const titleDrawn = (tab) => tab.waitForFunction(
  () => document.getElementById('loading').style.display === 'none', null, { timeout: 60000 });
// Puts the progress where Emscripten's IDBFS keeps /save (the database web/boot.js opened).
const saveProgress = (tab) => tab.evaluate((text) => new Promise((resolve, reject) => {
  const open = indexedDB.open('/save');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const put = open.result.transaction(['FILE_DATA'], 'readwrite').objectStore('FILE_DATA').put(
      { timestamp: new Date(), mode: 0o100644, contents: new TextEncoder().encode(text) },
      '/save/progress.json');
    put.onerror = () => reject(put.error);
    put.onsuccess = () => { open.result.close(); resolve(); };
  };
}), JSON.stringify(progress, null, 1));
const profiles = [];
try {
  for (const [i, { query, screen, returning }] of loads.entries()) {
    const context = await browser.newContext({ ...screen, serviceWorkers: 'block' });
    const tab = await context.newPage();
    await tab.goto(address + query);
    // The loading screen goes when the first frame is drawn (shell.html's onGameReady); a few
    // frames more, as a player sees them, before the profile is read.
    await titleDrawn(tab);
    if (returning) {
      await saveProgress(tab);
      await tab.reload();
      await titleDrawn(tab);
    }
    await tab.waitForTimeout(500);
    // A build with the tests' hooks: what the tests read on the title (the state, a button's
    // place) stays with the title, so that reading it does not bring in the second part.
    await tab.evaluate(() => {
      if (!Module._ar_test_state) return;
      Module.ccall('ar_test_state', 'string', [], []);
      Module.ccall('ar_test_item_rect', 'string', ['string'], ['menu-play']);
    });
    const bytes = await tab.evaluate(() => {
      const size = 1 << 20;
      const at = Module._malloc(size);
      const length = Module.asm.__write_profile(at, size);
      return Array.from(Module.HEAPU8.subarray(at, at + length));
    });
    const file = path.join(work, `title-${i}.profile`);
    writeFileSync(file, Buffer.from(bytes));
    profiles.push(file);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const merged = path.join(work, 'title.profile');
wasmSplit(['--merge-profiles', ...profiles, '-o', merged]);
// What the profiles saw run stays, and with it every function of Dear ImGui (names with its Im
// prefix): which of those a frame calls depends on the screen's size and what is drawn, the
// profiles cannot see every size, and a function missed there would have the page fetch the rest
// of the code before its first frame (seen: ImAcos01 at a size not profiled). The game's own code,
// JSON, SDL and the C++ library's templates, met only past the title, go. Keeping SDL and the C
// library whole as well cost 48 KB more brotli before the first frame, for nothing seen.
const profiled = wasmSplit([original, `--profile=${merged}`, '--verbose',
  '-o1', path.join(work, 'p.wasm'), '-o2', path.join(work, 's.wasm')]);
const listed = (label) => {
  const line = profiled.split('\n').find((l) => l.startsWith(label));
  return line ? line.slice(label.length).split(', ').map((f) => f.trim()).filter(Boolean) : [];
};
const library = (name) => /^Im[A-Z]|^void Im[A-Z]|ImGui/.test(name.replace(/\\20/g, ' '));
const keep = [...listed('Keeping functions:'), ...listed('Splitting out functions:').filter(library)];
writeFileSync(path.join(work, 'keep.txt'), keep.join('\n') + '\n');

// The placeholder map (WEB_DIR/../antirumour.placeholders, number -> function) names a function of
// the second part that the glue reports as called ("placeholder function called: N") before that
// part was in. The link keeps the functions' names for it (--profiling-funcs); the two parts have
// none.
wasmSplit([original, `--keep-funcs=@${path.join(work, 'keep.txt')}`, '--export-prefix=%', '--placeholdermap',
  '-o1', path.join(webDir, 'antirumour.wasm'), '-o2', path.join(webDir, 'antirumour.deferred.wasm')]);
renameSync(path.join(webDir, 'antirumour.wasm.placeholders'), path.join(webDir, '..', 'antirumour.placeholders'));
rmSync(work, { recursive: true, force: true });
const size = (file) => (readFileSync(path.join(webDir, file)).length / 1024).toFixed(1);
console.log(`split_code: antirumour.wasm ${size('antirumour.wasm')} KB before the title, ` +
  `antirumour.deferred.wasm ${size('antirumour.deferred.wasm')} KB after it`);
