// End-to-end: the page's screen-reader mirror and keyboard-only play. The round is played as a
// blind keyboard user would: reading only the mirror's text in the page (never the canvas or the
// test hooks) and answering only with keys (Tab, Enter, the number keys).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Game, root, servedGame, shotDir } from './game_driver.mjs';

const session = servedGame(Number(process.env.AR_PORT || 8802));
const base = session.base;

// The interface's words, as the game reads them.
const strings = JSON.parse(readFileSync(path.join(root, 'content/ui-strings.json'), 'utf8')).strings;
const en = (key) => strings[key].en;
const enf = (key, ...args) => args.reduce((s, a, i) => s.replace(`{${i}}`, a), en(key));

// --- what the page says, and nothing else
const lines = (page) => page.locator('#screen-mirror-lines p').allTextContents();
const focus = (page) => page.locator('#screen-mirror-focus').textContent();
const live = (page) => page.locator('#screen-mirror-live').textContent();

async function until(page, read, predicate, what, timeout = 20000) {
  const start = Date.now();
  let seen;
  while (Date.now() - start < timeout) {
    seen = await read(page);
    if (predicate(seen)) return seen;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}; the mirror said ${JSON.stringify(seen)}`);
}
const untilLines = (page, predicate, what) => until(page, lines, predicate, what);
const has = (text) => (ls) => ls.some((l) => l.includes(text));

// Presses Tab until the mirror says `control` has the keyboard focus.
async function tabTo(page, control, most = 40) {
  const wanted = enf('a11y.focus', control);
  for (let i = 0; i < most; i++) {
    const before = await focus(page);
    await page.keyboard.press('Tab');
    const now = await until(page, focus, (f) => f !== before && f !== '', 'the focus to move', 5000);
    if (now === wanted) return;
  }
  throw new Error(`Tab never reached "${control}"`);
}

// Opens the game and waits for the mirror to show the title screen in `lang`.
async function open(url, lang = 'en') {
  const page = await session.context().newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await untilLines(page, has(strings['title.heading'][lang]), 'the title screen');
  return { page, errors };
}

test('a whole verdict round by keyboard, reading only the mirror', async () => {
  const { page, errors } = await open(`${base}?seed=42&lang=en`);
  assert.equal(await page.locator('#screen-mirror').getAttribute('aria-label'), en('a11y.mirror'));
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('#canvas').getAttribute('aria-hidden'), 'true');
  assert.equal(await page.locator('#screen-mirror-keys').textContent(), en('a11y.keys'));
  assert.match(await live(page), new RegExp(en('title.heading').replace(/[?]/g, '\\?')));
  assert.equal(await focus(page), '', 'no control shows the focus before a key');

  // Title -> setup: Tab shows the focus on Play first.
  await page.keyboard.press('Tab');
  await until(page, focus, (f) => f === enf('a11y.focus', en('title.play')), 'the focus on Play');
  await page.keyboard.press('Enter');
  await untilLines(page, has(en('setup.heading')), 'the setup screen');
  assert.ok((await lines(page)).includes(`${en('setup.mode')} ${en('mode.verdict')}`));

  // Two rumours, then start.
  await tabTo(page, en('a11y.control.count-fewer'));
  for (let n = 4; n >= 2; n--) {
    await page.keyboard.press('Enter');
    await untilLines(page, (ls) => ls.includes(`${en('setup.count')} ${n}`), `${n} rumours`);
  }
  await tabTo(page, en('setup.start'));
  await page.keyboard.press('Enter');

  const count = 2;
  let points = 0;
  for (let k = 1; k <= count; k++) {
    const progress = enf('play.progress', k, count, '');
    const ls = await untilLines(page, (l) => l.some((x) => x.startsWith(progress)) &&
      l.some((x) => /^1\. /.test(x)), `rumour ${k}`);
    // The rumour as the neighbour says it, and its numbered choices: as many as the keys say.
    const rumour = ls.find((l) => l.startsWith(en('play.neighbour')));
    assert.ok(rumour && /“.+”/.test(rumour), 'the rumour is read out, in English quotation marks');
    const ask = ls.find((l) => l.startsWith(en('play.ask_verdict')));
    const n = Number(/\(1–(\d+)\)/.exec(ask)?.[1]);
    const numbered = ls.filter((l) => /^\d+\. /.test(l));
    assert.ok(n >= 2, `the prompt gives the keys: ${ask}`);
    assert.deepEqual(numbered.map((l) => Number(l.split('.')[0])), [...Array(n).keys()].map((i) => i + 1));
    for (const l of numbered) assert.ok(Object.keys(strings).some((key) => key.startsWith('verdict.') && l.endsWith(en(key))), l);
    if (k === 1) assert.ok((await live(page)).includes(rumour.slice(rumour.indexOf('“'))), 'the new rumour is announced');

    // Answer with a number key: the feedback, the fact, its source, what Enter does.
    const key = String(((k - 1) % n) + 1);
    await page.keyboard.press(key);
    const outcomes = { [en('play.right')]: 10, [en('play.partly')]: 5, [en('play.wrong')]: 0 };
    const fb = await untilLines(page, (l) => l.some((x) => x in outcomes), `the feedback on rumour ${k}`);
    const outcome = fb.find((x) => x in outcomes);
    points += outcomes[outcome];
    assert.ok(fb.some((l) => l.startsWith(enf('play.verdict_is', ''))), 'the verdict is said');
    assert.ok(fb.includes(en('play.fact')));
    const source = fb.find((l) => l.startsWith(en('play.source').split('{0}')[0]));
    assert.ok(source && /\(\d{4}, .+\)$/.test(source), `the source with its year and area: ${source}`);
    const next = enf('a11y.press_enter', en(k < count ? 'play.next' : 'play.see_result'));
    assert.equal(fb.at(-1), next);
    assert.ok(!fb.some((l) => /^\d+\. /.test(l)), 'no choices left on the feedback');
    // The live region announced the answer's outcome and the source, not the rumour again.
    const said = await until(page, live, (t) => t.includes(outcome), 'the feedback announced');
    assert.ok(said.includes(source), 'the announcement names the source');
    assert.ok(!said.includes(rumour), 'the unchanged rumour is not read again');
    await page.keyboard.press('Enter');
  }

  // The summary: the umbrella's verdict and the score line, from the points the feedback gave.
  const possible = count * 10;
  const summary = await untilLines(page, has(enf('summary.score', points, possible, '').replace(/\s*$/, '')), 'the summary');
  const percent = Math.round((100 * points) / possible);
  assert.ok(summary.includes(en(percent >= 60 ? 'summary.protected' : 'summary.flooded')), summary.join(' | '));
  assert.ok((await live(page)).includes(en(percent >= 60 ? 'summary.protected' : 'summary.flooded')));

  // And home.
  await tabTo(page, en('summary.home'));
  await page.keyboard.press('Enter');
  await untilLines(page, has(en('title.heading')), 'the title again');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the mirror is in the accessibility tree; the canvas is not', async () => {
  const { page } = await open(`${base}?seed=3&lang=eu`, 'eu');
  assert.equal(await page.locator('html').getAttribute('lang'), 'eu', 'read out in Basque');
  const tree = await page.locator('body').ariaSnapshot();
  assert.match(tree, new RegExp(`region "${strings['a11y.mirror'].eu}"`));
  assert.ok(tree.includes(strings['title.heading'].eu), tree);
  assert.ok(tree.includes('- status'), 'the live region is there');
  assert.ok(!/- (img|canvas)\b/.test(tree), `no graphic: ${tree}`);
  // The page starts with the keyboard on the mirror: a screen reader reads the screen first.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-mirror');
  await page.close();
});

test('the mirror changes only when the words on the screen do', async () => {
  const { page } = await open(`${base}?seed=4&lang=en`);
  await page.evaluate(() => {
    window.mirrorChanges = 0;
    const seen = new MutationObserver((records) => { window.mirrorChanges += records.length; });
    for (const id of ['screen-mirror', 'screen-mirror-live'])
      seen.observe(document.getElementById(id), { subtree: true, childList: true, characterData: true, attributes: true });
  });
  // The pointer over the buttons redraws the canvas (hover), the words stay the same.
  for (let i = 0; i < 20; i++) await page.mouse.move(300 + 30 * i, 200 + 20 * i);
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.mirrorChanges), 0, 'no rewrite while the text is the same');
  await page.keyboard.press('Tab');
  await until(page, focus, (f) => f !== '', 'the focus');
  assert.ok(await page.evaluate(() => window.mirrorChanges) > 0, 'a focus change is written');
  await page.close();
});

test('the keyboard focus shows as a ring on the canvas', async () => {
  const { page } = await open(`${base}?seed=5&lang=en`);
  // Pixels in the ring's orange (0.80, 0.33, 0.0), give or take blending.
  const orange = async () => Object.entries(await new Game(page).canvasHistogram())
    .filter(([rgb]) => Math.abs((rgb >> 16) - 204) < 12 && Math.abs(((rgb >> 8) & 255) - 84) < 12 && (rgb & 255) < 20)
    .reduce((n, [, count]) => n + count, 0);
  assert.equal(await orange(), 0, 'no ring before a key');
  await page.keyboard.press('Tab');
  await until(page, focus, (f) => f === enf('a11y.focus', en('title.play')), 'the focus on Play');
  await tabTo(page, en('title.practices'));
  await page.waitForTimeout(300);
  assert.ok(await orange() > 30, 'the ring is drawn');  // a sample of every 7th pixel
  mkdirSync(shotDir, { recursive: true });
  await page.screenshot({ path: path.join(shotDir, 'keyboard-focus-ring.png') });
  await page.close();
});
