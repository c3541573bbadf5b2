// ./bench.sh's measuring and reporting part: download sizes, time to first frame, frame cost per
// screen and idle main-thread time in Debian's headless Chromium, for the game's web build and the
// baseline page; then one table (with the native numbers bench.sh measured) and the same as JSON.
//   node bench/bench.mjs --game DIR --game-hooks DIR --baseline DIR --content FILE.jsonl
//     --native-frames FILE.json --native-idle FILE.json --out FILE.json [--runs N]
// (--game-hooks: the same build with the test hooks, whose ar_test_bench_frames times frames.)
//   node bench/bench.mjs --table FILE.json   the table again from a run's JSON, measuring nothing
import { readdirSync, readFileSync, writeFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { Game, startServer, chromiumFlags, root } from '../tests/e2e/game_driver.mjs';

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
  // A tablet in a workshop, served by scripts/serve.py over the room's wifi: the same loads with
  // the network held to 2.5 MB/s (20 Mbit/s) down and 20 ms of latency (DevTools' emulation),
  // where what travels weighs as well as what runs.
  { name: 'tablet on wifi (2.5 MB/s, 20 ms)', viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2,
    hasTouch: true, isMobile: true,
    network: { latency: 20, downloadThroughput: 2.5e6, uploadThroughput: 1.25e6 } },
];
const idleSeconds = 5;
// Frames timed per screen in the browser (ten seconds at 60 a second). With 120, the p99 was the
// second-slowest frame and swung from 0.7 to 4.3 ms between three sets of the same title.
const benchFrames = 600;

// --- sizes: each file raw, gzip -9 and brotli (quality 11), as a server would send it compressed
function sizes(dir) {
  const files = {};
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    // build-wasm.sh's .br/.gz copies are the same files: the columns below are their sizes.
    if (!statSync(file).isFile() || /\.(br|gz)$/.test(name)) continue;
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
  // The files counted "before the first frame" are those whose download had ended by then, read
  // in the page (the test's own 20 ms poll would also count a file that came just after).
  const mark = () => {
    if (window.__benchFirstFrame !== undefined) return;
    queueMicrotask(() => {
      if (window.__benchFirstFrame !== undefined) return;
      const at = performance.now();
      window.__benchFirstFrameFiles = ['index.html', ...performance.getEntriesByType('resource')
        .filter((e) => e.responseEnd > 0 && e.responseEnd <= at)
        .map((e) => new URL(e.name).pathname.slice(1) || 'index.html')];
      window.__benchFirstFrame = at;
    });
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
// The nearest-rank percentile, as game/platform/frame_costs.cpp computes it.
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : 0;
};

// --- frame cost per screen in the browser: the hooks build walks the screens as a player would
// (clicks), and on each draws `benchFrames` frames timed inside the game (ar_test_bench_frames).
async function gameFrameCosts(browser, dir, port) {
  const server = await startServer(port, dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const game = await Game.open(context, `http://127.0.0.1:${port}/?lang=en&seed=1`);
    const measure = async (name) => {
      await game.page.evaluate(([n, k]) => Module.ccall('ar_test_bench_frames', null,
        ['string', 'number'], [n, k]), [name, benchFrames]);
      // Asked once a second: each question runs on the page's main thread, between its frames.
      await game.page.waitForFunction(() => JSON.parse(Module.ccall('ar_test_frame_costs',
        'string', [], [])).frames_left === 0, null, { timeout: 120000, polling: 1000 });
    };
    const go = async (id, predicate, what) => { await game.click(id); return game.waitFor(predicate, what); };
    await measure('title');
    await go('menu-play', (s) => s.screen === 'setup', 'the setup');
    await measure('setup');
    const s = await go('start', (t) => t.screen === 'play' && t.phase === 'answering', 'a rumour');
    await measure('rumour');
    await go(`verdict-${s.verdict}`, (t) => t.phase === 'feedback', 'the feedback');
    await measure('feedback');
    await go('back', (t) => t.screen === 'summary', 'the summary');
    await measure('summary');
    await go('home', (t) => t.screen === 'title', 'the title');
    const p = await go('menu-practices', (t) => t.screen === 'practices', 'the practice browser');
    await measure('practices');
    await go('back', (t) => t.screen === 'title', 'the title');
    await go('menu-about', (t) => t.screen === 'about', 'the about screen');
    await measure('about');
    const costs = JSON.parse(await game.page.evaluate(() => Module.ccall('ar_test_frame_costs', 'string', [], [])));
    return { practices: p.practices, screens: costs.screens, parts: costs.parts };
  } finally {
    await context.close();
    server.kill();
  }
}

// The baseline redraws every frame and keeps its last frames' times in Module.benchFrameMs.
async function baselineFrameCost(browser, port) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction((k) => (window.Module?.benchFrameMs?.length ?? 0) >= k + 30,
      benchFrames, { timeout: 120000, polling: 1000 });
    const ms = (await page.evaluate(() => Module.benchFrameMs)).slice(-benchFrames);  // past the start
    return { frames: ms.length, median_ms: median(ms), p99_ms: percentile(ms, 99) };
  } finally {
    await context.close();
  }
}

const say = (text) => process.stderr.write(`[bench] ${text}\n`);

async function load(browser, app, device) {
  const context = await browser.newContext({
    viewport: device.viewport, deviceScaleFactor: device.deviceScaleFactor,
    hasTouch: !!device.hasTouch, isMobile: !!device.isMobile,
  });
  await context.addInitScript(firstFrameHook);
  const page = await context.newPage();
  if (device.network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...device.network });
  }
  page.on('pageerror', (e) => process.stderr.write(`  ${app.name}: page error ${e}\n`));
  await page.goto(`http://127.0.0.1:${app.port}/`);
  const handle = await page.waitForFunction(() => window.__benchFirstFrame, null, { timeout: 60000, polling: 20 });
  const firstFrame = await handle.jsonValue();
  const beforeFrame = await page.evaluate(() => window.__benchFirstFrameFiles);
  const phases = app.name === 'game' ? await firstFramePhases(page) : null;
  // Both pages mark the start of their main ("ar:main"): when their code starts running.
  const main = await (await page.waitForFunction(() => performance.getEntriesByName('ar:main', 'mark')[0]?.startTime,
    null, { timeout: 60000, polling: 20 })).jsonValue();
  // The game's packs and practices come after the title (antirumour.content): when they were in.
  let contentIn = null;
  if (app.name === 'game') {
    const entry = await page.waitForFunction(() => performance.getEntriesByType('resource')
      .find((e) => e.name.endsWith('/antirumour.content') && e.responseEnd > 0), null, { timeout: 60000, polling: 20 });
    contentIn = await entry.evaluate((e) => e.responseEnd);
  }
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
  return { firstFrame, fetched: beforeFrame, idle, contentIn, phases, main };
}

// Where the game's first frame went after its main (when main came, load() reads for both pages),
// from the marks run_web.cpp leaves (js_mark_phase), in ms: the window (WebGL context, fonts); waiting for the saves once the window
// was open (0 when IndexedDB had answered before); the session (strings, saves, settings); the
// first frame's drawing (font atlas, its upload, the title).
const phaseNames = ['window', 'waiting for the saves', 'session', 'drawing the title'];
async function firstFramePhases(page) {
  const handle = await page.waitForFunction(() => {
    const at = (n) => performance.getEntriesByName('ar:' + n, 'mark')[0]?.startTime;
    const t = Object.fromEntries(['main', 'window', 'saves', 'session', 'title'].map((n) => [n, at(n)]));
    return Object.values(t).every((v) => v !== undefined) && t;
  }, null, { timeout: 60000, polling: 20 });
  const t = await handle.jsonValue();
  const ready = Math.max(t.window, t.saves);
  return [t.window - t.main, ready - t.window, t.session - ready, t.title - t.session];
}

async function main() {
  const results = { when: new Date().toISOString(), sizes: {}, first_frame_ms: {}, idle: {}, content: [],
    frames: {} };
  for (const app of apps) results.sizes[app.name] = { dir: app.dir, files: sizes(app.dir) };

  const servers = [];
  for (const app of apps) servers.push(await startServer(app.port, app.dir));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true, args: chromiumFlags });
  try {
    for (const device of devices) {
      const samples = { game: [], baseline: [] }, idles = { game: [], baseline: [] }, contentIn = [];
      const mains = { game: [], baseline: [] };
      const phases = [];
      for (let i = 0; i < runs; i++) {
        for (const app of i % 2 ? [...apps].reverse() : apps) {  // interleaved, alternating who goes first
          const r = await load(browser, app, device);
          samples[app.name].push(r.firstFrame);
          mains[app.name].push(r.main);
          if (r.contentIn !== null) contentIn.push(r.contentIn);
          if (r.phases) phases.push(r.phases);
          if (r.idle) idles[app.name].push(r.idle);
          results.sizes[app.name].first_frame_files ??= [...new Set(r.fetched)].sort();
          process.stderr.write(`  ${device.name} ${app.name} run ${i + 1}: first frame ${r.firstFrame.toFixed(0)} ms` +
            (r.idle ? `, idle ${r.idle.task_ms_per_s.toFixed(1)} ms/s` : '') + '\n');
        }
      }
      results.first_frame_ms[device.name] = Object.fromEntries(apps.map((a) =>
        [a.name, { median: median(samples[a.name]), samples: samples[a.name] }]));
      // Each page's "to main" and "after main" (its first frame less its main), load by load.
      results.first_frame_ms[device.name].main = Object.fromEntries(apps.map((a) => {
        const after = samples[a.name].map((t, k) => t - mains[a.name][k]);
        return [a.name, { to_main: { median: median(mains[a.name]), samples: mains[a.name] },
          after_main: { median: median(after), samples: after } }];
      }));
      results.first_frame_ms[device.name].content_in = { median: median(contentIn), samples: contentIn };
      results.first_frame_ms[device.name].game_phases = Object.fromEntries(phaseNames.map((n, k) =>
        [n, { median: median(phases.map((p) => p[k])), samples: phases.map((p) => p[k]) }]));
      if (device.idle) {
        results.idle[device.name] = Object.fromEntries(apps.map((a) => [a.name, {
          task_ms_per_s: median(idles[a.name].map((x) => x.task_ms_per_s)),
          script_ms_per_s: median(idles[a.name].map((x) => x.script_ms_per_s)),
        }]));
      }
    }
    say('frame cost per screen in the browser');
    if (args['game-hooks']) results.frames.browser = await gameFrameCosts(browser, args['game-hooks'], 8907);
    results.frames.baseline_browser = await baselineFrameCost(browser, apps[1].port);
  } finally {
    await browser.close();
    for (const s of servers) s.kill();
  }
  const readJson = (file) => (file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
  results.frames.native = readJson(args['native-frames']);
  results.idle_native = readJson(args['native-idle']);

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
    ['.wasm', 'antirumour.wasm', 'index.wasm'], ['.data', 'antirumour.data', 'index.data'], ['boot.js', 'boot.js', null],
    // The code's second part (scripts/split_code.mjs), fetched with the packs after the first frame.
    ['.deferred.wasm', 'antirumour.deferred.wasm', null]];
  for (const kind of ['raw', 'gzip', 'brotli']) {
    for (const [label, g, b] of pairs)
      fileRow(`size ${kind} KB: ${label}`, r.sizes.game.files[g], b && r.sizes.baseline.files[b], kind);
    rows.push([`size ${kind} KB: total to first frame`, kb(total('game', kind, 'first')), kb(total('baseline', kind, 'first')),
      ratio(total('game', kind, 'first'), total('baseline', kind, 'first'))]);
  }
  for (const [device, v] of Object.entries(r.first_frame_ms)) {
    rows.push([`first frame ms (median), ${device}`, v.game.median.toFixed(0), v.baseline.median.toFixed(0),
      ratio(v.game.median, v.baseline.median)]);
    // When each page's code starts, and what it takes from there to its first frame (runs before
    // 2026-12-05 19:29 have neither: their game phases begin with the game's "to main").
    for (const [key, label] of [['to_main', 'to main'], ['after_main', 'main to first frame']])
      if (v.main) rows.push([`first frame ms (median), ${device}: ${label}`, v.main.game[key].median.toFixed(0),
        v.main.baseline[key].median.toFixed(0), ratio(v.main.game[key].median, v.main.baseline[key].median)]);
    for (const [phase, p] of Object.entries(v.game_phases ?? {}))
      if (p.samples.length) rows.push([`first frame ms (median), ${device}, game: ${phase}`, p.median.toFixed(0), '', '']);
    if (v.content_in?.samples.length)
      rows.push([`packs and practices in ms (median), ${device}`, v.content_in.median.toFixed(0), '', '']);
  }
  for (const [device, v] of Object.entries(r.idle)) {
    rows.push([`idle main thread ms/s (tasks), ${device}`, v.game.task_ms_per_s.toFixed(1), v.baseline.task_ms_per_s.toFixed(1),
      ratio(v.game.task_ms_per_s, v.baseline.task_ms_per_s)]);
    rows.push([`idle main thread ms/s (script), ${device}`, v.game.script_ms_per_s.toFixed(1), v.baseline.script_ms_per_s.toFixed(1),
      ratio(v.game.script_ms_per_s, v.baseline.script_ms_per_s)]);
  }
  // Frame cost per screen: the game natively and in the browser; the baseline's one window beside
  // the browser's (it has no screens; natively there is no baseline).
  const fr = r.frames || {};
  const ms = (x) => x.toFixed(3);
  const byScreen = (side) => Object.fromEntries((fr[side]?.screens || []).map((x) => [x.screen, x]));
  const nat = byScreen('native'), web = byScreen('browser'), base = fr.baseline_browser;
  for (const screen of [...new Set([...Object.keys(nat), ...Object.keys(web)])]) {
    const label = (side) => (screen === 'practices' ? `practices (${fr[side]?.practices} of them)` : screen);
    if (nat[screen]) rows.push([`frame ms median / p99, native: ${label('native')}`,
      `${ms(nat[screen].median_ms)} / ${ms(nat[screen].p99_ms)}`, '', '']);
    // Where the native frame's time went (frame_bench_native.cpp): medians of each part.
    const part = (side, name) => (fr[side]?.parts?.[name] || []).find((x) => x.screen === screen);
    if (nat[screen] && part('native', 'screen')) rows.push([`frame ms median, native: ${screen}: events / screen / OpenGL`,
      ['events', 'screen', 'opengl'].map((name) => ms(part('native', name).median_ms)).join(' / '), '', '']);
    if (web[screen]) rows.push([`frame ms median / p99, browser: ${label('browser')}`,
      `${ms(web[screen].median_ms)} / ${ms(web[screen].p99_ms)}`,
      base ? `${ms(base.median_ms)} / ${ms(base.p99_ms)}` : '', base ? ratio(web[screen].median_ms, base.median_ms) : '']);
    // The browser's frame in two parts (run_web.cpp): medians and p99 of each.
    if (web[screen] && part('browser', 'webgl')) rows.push([`frame ms median / p99, browser: ${screen}: screen; WebGL`,
      ['screen', 'webgl'].map((name) => `${ms(part('browser', name).median_ms)} / ${ms(part('browser', name).p99_ms)}`).join('; '), '', '']);
  }
  if (r.idle_native)
    rows.push(['idle CPU ms/s, native (all threads, Xvfb)', r.idle_native.cpu_ms_per_s.toFixed(2), '', '']);
  const byKey = {};
  for (const c of r.content) (byKey[c.scenarios] ??= {})[c.mode] = c;
  for (const [n, m] of Object.entries(byKey)) {
    if (!m.library || !m.json) continue;
    rows.push([`content ${n} scenarios (${m.library.packs} packs, ${kb(m.library.bytes)} KB): load ms / json.parse ms`,
      m.library.load_ms.toFixed(1), m.json.load_ms.toFixed(1), `${ratio(m.library.load_ms, m.json.load_ms)} (library / bare parse)`]);
    rows.push([`content ${n}: index ms`, m.library.index_ms.toFixed(2), '', '']);
    const growth = (x) => (x.rss_peak_kb - x.rss_before_kb) / 1024;
    rows.push([`content ${n}: peak memory growth MB (library / bare parse)`, growth(m.library).toFixed(1),
      growth(m.json).toFixed(1), ratio(growth(m.library), growth(m.json))]);
  }
  // Linear? Each size's load time over the size ten times smaller (10 would be exactly linear).
  const sizesLoaded = Object.keys(byKey).map(Number).sort((a, b) => a - b);
  for (const n of sizesLoaded) {
    const lo = byKey[n / 10]?.library, hi = byKey[n]?.library;
    if (lo && hi) rows.push([`content ${n} / ${n / 10}: load time ratio (10 = linear)`, ratio(hi.load_ms, lo.load_ms), '', '']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  return rows.map((row) => '| ' + row.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |').join('\n') +
    `\nFiles before the first frame: game ${(r.sizes.game.first_frame_files || []).join(' ')};` +
    ` baseline ${(r.sizes.baseline.first_frame_files || []).join(' ')}`;
}

if (args.table) console.log(table(JSON.parse(readFileSync(args.table, 'utf8'))));
else await main();
