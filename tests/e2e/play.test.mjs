// End-to-end: the served web build, in a real headless Chromium, played as a person would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Game, servedGame } from './game_driver.mjs';

const session = servedGame(Number(process.env.AR_PORT || 8765));
const base = session.base;

async function answerRound(game, { right }) {
  for (let guard = 0; guard < 30; guard++) {
    const s = await game.state();
    if (s.screen !== 'play') return s;
    assert.equal(s.phase, 'answering');
    if (s.mode === 'verdict') {
      const wrong = s.verdict === 'true' ? 'not_enough_data' : 'true';
      await game.click(`verdict-${right ? s.verdict : wrong}`);
    } else {
      await game.click(`reply-${right ? s.good_reply : s.poor_reply}`);
    }
    await game.waitFor((t) => t.phase === 'feedback' || t.screen !== 'play', 'feedback');
    await game.click('next');
    await game.waitFor((t) => t.position !== s.position || t.screen !== 'play', 'the next rumour');
  }
  throw new Error('the round never ended');
}

test('the page loads, draws the title screen and is not blank', async () => {
  const game = await Game.open(session.context(), `${base}?seed=42&lang=en`);
  const s = await game.state();
  assert.equal(s.screen, 'title');
  assert.equal(s.language, 'en');
  assert.equal(s.problems, 0, 'the bundled content loads without problems');
  assert.ok(s.scenarios >= 40, `at least 40 scenarios, found ${s.scenarios}`);
  assert.ok(await game.canvasColours() > 20, 'the canvas shows a drawn screen');
  assert.equal(await game.page.locator('#loading').isVisible(), false, 'the loading screen is gone');
  // The steps before the title, each marked once for ./bench.sh (run_web.cpp's js_mark_phase): the
  // window and the saves (either first) before the session, the session before the title.
  const marks = await game.page.evaluate(() => performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('ar:')).map((m) => [m.name, m.startTime]));
  const at = Object.fromEntries(marks);
  assert.deepEqual(marks.map(([n]) => n).sort(), ['ar:main', 'ar:saves', 'ar:session', 'ar:title', 'ar:window']);
  assert.ok(at['ar:main'] <= at['ar:window'], 'the window after main');
  assert.ok(Math.max(at['ar:window'], at['ar:saves']) <= at['ar:session'], 'the session once both are in');
  assert.ok(at['ar:session'] <= at['ar:title'], 'the title drawn after the session');
  await game.screenshot('desktop-title');
  assert.deepEqual(game.errors, []);
  await game.page.close();
});

test('a verdict round: rumour, answer, fact with its source, next rumour, final score', async () => {
  const game = await Game.open(session.context(), `${base}?seed=42&lang=en`);
  await game.click('menu-play');
  await game.waitFor((s) => s.screen === 'setup', 'the setup screen');
  for (let i = 0; i < 3; i++) await game.click('count-fewer');  // 5 -> 2 rumours
  await game.screenshot('desktop-setup');
  await game.click('start');
  let s = await game.waitFor((t) => t.screen === 'play', 'the first rumour');
  assert.equal(s.count, 2);
  assert.equal(s.phase, 'answering');
  await game.screenshot('desktop-rumour');

  await game.click(`verdict-${s.verdict}`);
  s = await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
  assert.equal(s.points, 10);
  await game.screenshot('desktop-feedback');
  // The source opens in a new tab.
  const [tab] = await Promise.all([session.context().waitForEvent('page'), game.click('source-link')]);
  await tab.waitForLoadState();
  assert.equal(tab.url(), s.source_url);
  await tab.close();

  await game.click('next');
  s = await game.waitFor((t) => t.position === 1 && t.phase === 'answering', 'the second rumour');
  await game.click(`verdict-${s.verdict}`);
  await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
  await game.click('next');
  s = await game.waitFor((t) => t.screen === 'summary', 'the summary');
  assert.equal(s.points, 20);
  assert.equal(s.protected, true);
  assert.equal(s.best_score.verdict, 100);
  await game.screenshot('desktop-summary');
  await game.page.close();
});

test('progress survives a reload (saved in the browser)', async () => {
  const game = await Game.open(session.context(), `${base}?seed=7&lang=es`);
  const before = (await game.state()).rounds_played;
  await game.click('menu-play');
  for (let i = 0; i < 4; i++) await game.click('count-fewer');  // 1 rumour
  await game.click('start');
  await game.waitFor((t) => t.screen === 'play', 'the rumour');
  await answerRound(game, { right: false });
  const s = await game.waitFor((t) => t.screen === 'summary', 'the summary');
  assert.equal(s.protected, false);
  assert.equal(s.believed, 1);
  await game.click('believed-0');
  await game.find('source-link');  // the believed rumour's fact opens again
  await game.page.waitForTimeout(500);  // IndexedDB writes are asynchronous
  await game.page.reload();
  const again = new Game(game.page);
  const t = await again.waitFor((x) => x.ready && x.frames > 2, 'the reloaded game');
  assert.equal(t.rounds_played, before + 1);
  await game.page.close();
});

test('a reply round on a portrait tablet', async () => {
  const game = await Game.open(session.context(), `${base}?seed=3&lang=eu`, { width: 768, height: 1024 });
  await game.screenshot('tablet-title');
  await game.click('menu-play');
  await game.click('mode-reply');
  for (let i = 0; i < 2; i++) await game.click('count-fewer');
  await game.screenshot('tablet-setup');
  await game.click('start');
  await game.waitFor((t) => t.screen === 'play' && t.mode === 'reply', 'a reply round');
  await game.screenshot('tablet-reply');
  const first = await game.state();
  await game.click(`reply-${first.good_reply}`);
  await game.waitFor((t) => t.phase === 'feedback' && t.points === 10, 'the feedback');
  await game.screenshot('tablet-feedback');
  await game.click('next');
  await game.waitFor((t) => t.position === 1, 'the second rumour');
  const s = await answerRound(game, { right: true });
  assert.equal(s.screen, 'summary');
  assert.equal(s.count, 3);
  assert.equal(s.points, 30);
  await game.screenshot('tablet-summary');
  await game.page.close();
});

test('the practice browser filters, searches without accents and opens a practice', async () => {
  const game = await Game.open(session.context(), `${base}?lang=en`);
  await game.click('menu-practices');
  let s = await game.waitFor((t) => t.screen === 'practices', 'the practice browser');
  const all = s.shown_practices;
  assert.ok(all >= 30, `at least 30 practices, found ${all}`);
  await game.screenshot('desktop-practices');
  await game.click('ptopic-anti_rumour');
  s = await game.waitFor((t) => t.shown_practices < all, 'the topic filter');
  const antiRumour = s.shown_practices;
  assert.ok(antiRumour > 0);
  await game.click('ptopic-all');
  await game.waitFor((t) => t.shown_practices === all, 'all topics again');
  await game.click('search');
  await game.page.keyboard.type('neuchatel');  // the city is written Neuchâtel
  s = await game.waitFor((t) => t.shown_practices > 0 && t.shown_practices < all, 'the search');
  await game.click('practice-neuchatel-salut-letranger');
  s = await game.waitFor((t) => t.screen === 'practice_detail', 'the practice detail');
  assert.equal(s.open_practice, 'neuchatel-salut-letranger');
  await game.screenshot('desktop-practice-detail');
  const [tab] = await Promise.all([session.context().waitForEvent('page'), game.click('read-more')]);
  await tab.waitForLoadState();
  assert.match(tab.url(), /^https?:\/\//);
  await tab.close();
  await game.page.close();
});

test('typing in the search box: keyboard, on-screen keyboard and backspace', async () => {
  const game = await Game.open(session.context(), `${base}?lang=es`);
  await game.click('menu-practices');
  await game.waitFor((t) => t.screen === 'practices', 'the practice browser');
  await game.click('search');
  // The tap focused the page's text proxy: that is what makes a phone show its keyboard.
  await game.page.waitForFunction(() => document.activeElement?.id === 'text-proxy');
  await game.page.keyboard.type('Zurichx');
  await game.page.keyboard.press('Backspace');
  let s = await game.waitFor((t) => t.search === 'Zurich', 'the typed search');
  assert.equal(s.shown_practices, 1);
  // An on-screen keyboard sends text without key events, and deletes by shortening the value.
  await game.page.evaluate(() => {
    const proxy = document.getElementById('text-proxy');
    proxy.value = '';
    proxy.dispatchEvent(new Event('input'));
  });
  s = await game.waitFor((t) => t.search === 'Zuric', 'a virtual backspace');
  await game.page.keyboard.insertText('h suizo');
  s = await game.waitFor((t) => t.search === 'Zurich suizo', 'virtual keyboard text');
  assert.equal(s.shown_practices, 1);
  // Leaving the field gives the keyboard back to the game.
  await game.page.keyboard.press('Enter');
  await game.page.waitForFunction(() => document.activeElement?.id !== 'text-proxy');
  await game.page.close();
});

test('a hostile link cannot break the game', async () => {
  const game = await Game.open(session.context(), `${base}?lang=%3Cscript%3E&seed=1e999&x=${'A'.repeat(5000)}`);
  const s = await game.state();
  assert.equal(s.screen, 'title');
  assert.ok(['es', 'en', 'eu'].includes(s.language));
  assert.deepEqual(game.errors, []);
  await game.page.close();
});
