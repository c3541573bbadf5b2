// ./bench.sh's measuring and reporting part: download sizes, time to first frame and idle main-thread
// time in Debian's headless Chromium, for the game's web build and the baseline page; then one
// table (with the native content numbers bench.sh measured) and the same as JSON.
//   node bench/bench.mjs --game DIR --baseline DIR --content FILE.jsonl --out FILE.json [--runs N]
import { readdirSync, readFileSync, writeFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { startServer, chromiumFlags, root } from '../tests/e2e/game_driver.mjs';

// playwright-core is installed for the end-to-end tests (scripts/install-deps.sh): use that one.
const { chromium } = createRequire(path.join(root, 'tests/e2e/package.json'))('playwright-core');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const runs = Number(args.runs || 5);
const apps = [
  { name: 'game', dir: args.game, port: 8806 },
  { name: 'baseline', dir: args.baseline, port: 8906 },
];
const devices = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, idle: true },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
];
const idleSeconds = 5;

// --- sizes: each file raw, gzip -9 and brotli (quality 11), as a server would send it compressed
function sizes(dir) {
  const files = {};
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    files[name] = {
      raw: bytes.length,
      gzip: zlib.gzipSync(bytes, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(bytes, { params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
    };
  }
  return files;
}

// --- "first frame": both pages call Module.onGameReady in the frame that draws first, before its
// draw calls (the game from run_web.cpp's start_session, the baseline from its main.cpp). This
// script, run before the page's own, wraps that call and notes the time at the end of the task,
// when the frame's draw calls have been issued: performance.now(), from the start of navigation.
function firstFrameHook() {
  const mark = () => {
    if (window.__benchFirstFrame === undefined)
      queueMicrotask(() => { window.__benchFirstFrame ??= performance.now(); });
  };
  const hook = (m) => {
    if (!m || typeof m !== 'object' || m.__benchHooked) return;
    Object.defineProperty(m, '__benchHooked', { value: true });
    let ready = m.onGameReady;
    // Each read wraps the function set at that moment (boot.js keeps the previous one and calls it).
    Object.defineProperty(m, 'onGameReady', {
      configurable: true, enumerable: true,
      get() { const f = ready; return () => { if (f) f(); mark(); }; },
      set(f) { ready = f; },
    });
  };
  let module;
  Object.defineProperty(window, 'Module', {
    configurable: true, get() { return module; }, set(v) { module = v; hook(v); },
  });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function load(browser, app, device) {
  const context = await browser.newContext({
    viewport: device.viewport, deviceScaleFactor: device.deviceScaleFactor,
    hasTouch: !!device.hasTouch, isMobile: !!device.isMobile,
  });
  await context.addInitScript(firstFrameHook);
  const page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`  ${app.name}: page error ${e}\n`));
  const fetched = [];
  page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname.slice(1) || 'index.html'));
  await page.goto(`http://127.0.0.1:${app.port}/`);
  const handle = await page.waitForFunction(() => window.__benchFirstFrame, null, { timeout: 60000, polling: 20 });
  const firstFrame = await handle.jsonValue();
  const beforeFrame = [...fetched];
  let idle = null;
  if (device.idle) {
    await page.waitForTimeout(2000);  // past the start: the offline worker's downloads, the last frames
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics
      .map((m) => [m.name, m.value]));
    const a = await metric();
    await page.waitForTimeout(idleSeconds * 1000);
    const b = await metric();
    const perSecond = (k) => ((b[k] - a[k]) * 1000) / ((b.Timestamp - a.Timestamp));
    idle = { task_ms_per_s: perSecond('TaskDuration'), script_ms_per_s: perSecond('ScriptDuration') };
  }
  await context.close();
  return { firstFrame, fetched: beforeFrame, idle };
}

async function main() {
  const results = { when: new Date().toISOString(), sizes: {}, first_frame_ms: {}, idle: {}, content: [] };
  for (const app of apps) results.sizes[app.name] = { dir: app.dir, files: sizes(app.dir) };

  const servers = [];
  for (const app of apps) servers.push(await startServer(app.port, app.dir));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true, args: chromiumFlags });
  try {
    for (const device of devices) {
      const samples = { game: [], baseline: [] }, idles = { game: [], baseline: [] };
      for (let i = 0; i < runs; i++) {
        for (const app of i % 2 ? [...apps].reverse() : apps) {  // interleaved, alternating who goes first
          const r = await load(browser, app, device);
          samples[app.name].push(r.firstFrame);
          if (r.idle) idles[app.name].push(r.idle);
          results.sizes[app.name].first_frame_files ??= [...new Set(r.fetched)].sort();
          process.stderr.write(`  ${device.name} ${app.name} run ${i + 1}: first frame ${r.firstFrame.toFixed(0)} ms` +
            (r.idle ? `, idle ${r.idle.task_ms_per_s.toFixed(1)} ms/s` : '') + '\n');
        }
      }
      results.first_frame_ms[device.name] = Object.fromEntries(apps.map((a) =>
        [a.name, { median: median(samples[a.name]), samples: samples[a.name] }]));
      if (device.idle) {
        results.idle[device.name] = Object.fromEntries(apps.map((a) => [a.name, {
          task_ms_per_s: median(idles[a.name].map((x) => x.task_ms_per_s)),
          script_ms_per_s: median(idles[a.name].map((x) => x.script_ms_per_s)),
        }]));
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.kill();
  }

  if (args.content && existsSync(args.content))
    results.content = readFileSync(args.content, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  writeFileSync(args.out, JSON.stringify(results, null, 2) + '\n');
  console.log(table(results));
}

// --- the table ----------------------------------------------------------------------------------
function table(r) {
  const kb = (n) => (n / 1024).toFixed(1);
  const ratio = (a, b) => (b ? (a / b).toFixed(2) : '-');
  const rows = [['row', 'game', 'baseline', 'game/baseline']];
  const total = (app, kind, which) => {
    const s = r.sizes[app];
    const names = which === 'first' && s.first_frame_files ? s.first_frame_files : Object.keys(s.files);
    return names.reduce((sum, n) => sum + (s.files[n]?.[kind] ?? 0), 0);
  };
  // Files in the same order for both, each on its own row (a file only one side has shows "-").
  const fileRow = (label, g, b, kind) => rows.push([label, g ? kb(g[kind]) : '-', b ? kb(b[kind]) : '-',
    g && b ? ratio(g[kind], b[kind]) : '']);
  const pairs = [['.html', 'index.html', 'index.html'], ['.js', 'antirumour.js', 'index.js'],
    ['.wasm', 'antirumour.wasm', 'index.wasm'], ['.data', 'antirumour.data', 'index.data'], ['boot.js', 'boot.js', null]];
  for (const kind of ['raw', 'gzip', 'brotli']) {
    for (const [label, g, b] of pairs)
      fileRow(`size ${kind} KB: ${label}`, r.sizes.game.files[g], b && r.sizes.baseline.files[b], kind);
    rows.push([`size ${kind} KB: total to first frame`, kb(total('game', kind, 'first')), kb(total('baseline', kind, 'first')),
      ratio(total('game', kind, 'first'), total('baseline', kind, 'first'))]);
  }
  for (const [device, v] of Object.entries(r.first_frame_ms))
    rows.push([`first frame ms (median), ${device}`, v.game.median.toFixed(0), v.baseline.median.toFixed(0),
      ratio(v.game.median, v.baseline.median)]);
  for (const [device, v] of Object.entries(r.idle)) {
    rows.push([`idle main thread ms/s (tasks), ${device}`, v.game.task_ms_per_s.toFixed(1), v.baseline.task_ms_per_s.toFixed(1),
      ratio(v.game.task_ms_per_s, v.baseline.task_ms_per_s)]);
    rows.push([`idle main thread ms/s (script), ${device}`, v.game.script_ms_per_s.toFixed(1), v.baseline.script_ms_per_s.toFixed(1),
      ratio(v.game.script_ms_per_s, v.baseline.script_ms_per_s)]);
  }
  const byKey = {};
  for (const c of r.content) (byKey[c.scenarios] ??= {})[c.mode] = c;
  for (const [n, m] of Object.entries(byKey)) {
    if (!m.library || !m.json) continue;
    rows.push([`content ${n} scenarios (${m.library.packs} packs, ${kb(m.library.bytes)} KB): load ms / json.parse ms`,
      m.library.load_ms.toFixed(1), m.json.load_ms.toFixed(1), '(library / bare parse)']);
    rows.push([`content ${n}: index ms`, m.library.index_ms.toFixed(2), '', '']);
    rows.push([`content ${n}: peak memory growth MB`, ((m.library.rss_peak_kb - m.library.rss_before_kb) / 1024).toFixed(1),
      ((m.json.rss_peak_kb - m.json.rss_before_kb) / 1024).toFixed(1), '(library / bare parse)']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  return rows.map((row) => '| ' + row.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |').join('\n') +
    `\nFiles before the first frame: game ${(r.sizes.game.first_frame_files || []).join(' ')};` +
    ` baseline ${(r.sizes.baseline.first_frame_files || []).join(' ')}`;
}

await main();
