// End-to-end: shared links open their place in the game (#practices, #practice/<id>, #setup,
// #about, #play?…), the address follows the screens as the player moves, and the browser's Back
// and Forward move between them. A malformed or hostile link is ignored and the game runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Game, servedGame } from './game_driver.mjs';

const session = servedGame(Number(process.env.AR_PORT || 8801));
const base = session.base;
const practiceId = 'patras-anti-rumour-agents-in-prison';

// Opens the game at `address`, keeping what the page printed to the console.
async function openAt(address, viewport) {
  const lines = [];
  const listen = (m) => lines.push(m.text());
  session.context().on('console', listen);
  try {
    const game = await Game.open(session.context(), `${base}${address}`, viewport);
    game.console = lines;
    game.entries = await game.page.evaluate(() => history.length);  // with the new tab's blank page
    return game;
  } finally {
    session.context().off('console', listen);
  }
}

const hashOf = (game) => game.page.evaluate(() => location.hash);
const searchOf = (game) => game.page.evaluate(() => location.search);

async function waitForHash(game, wanted, what) {
  const start = Date.now();
  let hash;
  while (Date.now() - start < 10000) {
    hash = await hashOf(game);
    if (hash === wanted) return;
    await game.page.waitForTimeout(50);
  }
  throw new Error(`${what}: the address shows "${hash}", not "${wanted}"`);
}

async function finish(game) {
  assert.deepEqual(game.errors, [], 'no page errors');
  await game.page.close();
}

test('each kind of link opens its screen, and the address keeps naming it', async () => {
  const cases = [
    { hash: '#practices', screen: 'practices' },
    { hash: `#practice/${practiceId}`, screen: 'practice_detail', practice: practiceId },
    { hash: '#about', screen: 'about' },
    { hash: '#setup', screen: 'setup' },
    { hash: '#report', screen: 'content_report' },
  ];
  const plain = await openAt('?lang=en&seed=7');
  await finish(plain);
  for (const c of cases) {
    const game = await openAt(`?lang=en&seed=7${c.hash}`);
    const s = await game.waitFor((t) => t.screen === c.screen, `${c.hash} opens ${c.screen}`);
    if (c.practice) assert.equal(s.open_practice, c.practice);
    assert.equal(s.language, 'en', `${c.hash}: the query still chooses the language`);
    assert.equal(s.page_seed, '7');
    await waitForHash(game, c.hash, c.hash);
    assert.equal(await searchOf(game), '?lang=en&seed=7', 'the query string stays');
    assert.equal(game.entries, plain.entries, `${c.hash}: opening it made no history entry`);
    await finish(game);
  }
});

test('#play starts a round with the link\'s choices', async () => {
  let game = await openAt('?lang=en&seed=3#play?mode=reply&count=5&topics=jobs,health');
  let s = await game.waitFor((t) => t.screen === 'play', 'the round');
  assert.equal(s.mode, 'reply');
  assert.equal(s.count, 5);
  assert.deepEqual(s.topics, ['health', 'jobs']);
  assert.equal(s.practice, false);
  assert.equal(s.phase, 'answering');
  // The address names the round the same way the game would (sorted topics, every choice).
  await waitForHash(game, '#play?mode=reply&count=5&topics=health,jobs', 'the round\'s address');
  await finish(game);

  game = await openAt('?lang=es#play?count=3&practice=1&topics=crime');
  s = await game.waitFor((t) => t.screen === 'play', 'a practice round');
  assert.equal(s.mode, 'verdict', 'the mode left out: the default');
  assert.equal(s.count, 3);
  assert.equal(s.practice, true);
  assert.deepEqual(s.topics, ['crime']);
  await finish(game);
});

test('a #play link with a choice it gets wrong stops at the setup, with the rest of its choices', async () => {
  for (const hash of ['#play?mode=reply&count=50', '#play?mode=reply&count=abc', '#play?mode=reply&count=-3',
    '#play?mode=reply&topics=health,<script>']) {
    const game = await openAt(`?lang=en${hash}`);
    const s = await game.waitFor((t) => t.screen === 'setup', `${hash}: the setup screen`);
    assert.equal(s.phase, 'choosing', `${hash}: no round started`);
    assert.ok(game.console.some((l) => l.startsWith('antirumour: link ignored:')),
      `${hash}: the console says what was ignored (${JSON.stringify(game.console)})`);
    await waitForHash(game, '#setup', hash);
    // The choices it understood are on the setup screen: starting plays a reply round.
    await game.click('start');
    const round = await game.waitFor((t) => t.screen === 'play', `${hash}: the round from the setup`);
    assert.equal(round.mode, 'reply', hash);
    await finish(game);
  }
});

test('malformed and hostile links open the title screen and the game runs', async () => {
  const hostile = [
    '#' + 'practices'.repeat(600),  // too long, even though it starts like a real place
    '#nowhere',
    '#<script>alert(1)</script>',
    '#%3Cscript%3Ealert(1)%3C/script%3E',
    '#javascript:alert(1)',
    '#practice/../../etc/passwd',
    '#practice/<img src=x onerror=alert(1)>',
    '#practice/no-such-practice',
    '#practice/' + 'a'.repeat(200),
    '#%00%ff%',
    '#summary',  // no round was played: nothing to show
  ];
  for (const hash of hostile) {
    const game = await openAt(`?lang=en&seed=9${hash}`);
    const s = await game.state();
    assert.equal(s.screen, 'title', `${hash.slice(0, 40)}: the title screen`);
    assert.equal(s.language, 'en');
    assert.equal(s.page_seed, '9', 'the query is still read');
    // The game runs on: it answers a tap.
    await game.click('menu-about');
    await game.waitFor((t) => t.screen === 'about', `${hash.slice(0, 40)}: the game answers`);
    assert.equal(await hashOf(game), '#about');
    if (hash !== '#summary' && !hash.startsWith('#practice/no-such'))
      assert.ok(game.console.some((l) => l.startsWith('antirumour: link ignored:')),
        `${hash.slice(0, 40)}: the console says it was ignored`);
    assert.ok(game.console.every((l) => l.length < 200), 'no console line repeats the whole link');
    await finish(game);
  }
});

test('taps push history: Back and Forward move between screens and the address follows', async () => {
  const game = await openAt('?lang=en&seed=11');
  const { page } = game;
  await waitForHash(game, '', 'the title');
  await game.click('menu-practices');
  await game.waitFor((t) => t.screen === 'practices', 'the practice browser');
  await waitForHash(game, '#practices', 'the practice browser');
  await game.click('ptopic-crime');  // a filter is no new screen: no new entry
  await game.waitFor((t) => t.shown_practices > 0 && t.shown_practices < 40, 'crime practices');
  await game.click(`practice-${practiceId}`);
  await game.waitFor((t) => t.screen === 'practice_detail', 'a practice');
  await waitForHash(game, `#practice/${practiceId}`, 'a practice');
  assert.equal(await page.evaluate(() => history.length), game.entries + 2, 'one entry per screen');

  await page.goBack();
  await game.waitFor((t) => t.screen === 'practices', 'Back: the practice browser');
  await waitForHash(game, '#practices', 'Back');
  await page.goBack();
  await game.waitFor((t) => t.screen === 'title', 'Back: the title');
  await waitForHash(game, '', 'Back to the title');
  assert.equal(await searchOf(game), '?lang=en&seed=11', 'the query string stays');
  await page.goForward();
  await game.waitFor((t) => t.screen === 'practices', 'Forward: the practice browser');
  await page.goForward();
  const s = await game.waitFor((t) => t.screen === 'practice_detail', 'Forward: the practice');
  assert.equal(s.open_practice, practiceId);
  await waitForHash(game, `#practice/${practiceId}`, 'Forward');
  assert.equal(await page.evaluate(() => history.length), game.entries + 2, 'Back/Forward add none');

  // A reload on the address the taps made reopens the same practice.
  await page.reload();
  const again = await game.waitFor((t) => t.ready && t.frames > 2 && t.screen === 'practice_detail',
    'the practice after a reload');
  assert.equal(again.open_practice, practiceId);
  await finish(game);
});

test('Back out of a round: with answers, its summary; Forward never restarts it', async () => {
  const game = await openAt('?lang=en&seed=21');
  const { page } = game;
  await game.click('menu-play');
  await game.waitFor((t) => t.screen === 'setup', 'the setup');
  await game.click('start');
  let s = await game.waitFor((t) => t.screen === 'play', 'the round');
  await waitForHash(game, `#play?mode=verdict&count=${s.count}`, 'the round');
  const played = s.rounds_played;

  // Back before any answer: the round is dropped, the setup shows.
  await page.goBack();
  await game.waitFor((t) => t.screen === 'setup' && t.phase === 'choosing', 'Back: the setup');
  await waitForHash(game, '#setup', 'Back from an unanswered round');
  await game.click('start');  // a new entry replaces the forward ones
  s = await game.waitFor((t) => t.screen === 'play', 'a new round');

  await game.click(`verdict-${s.verdict}`);
  await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
  await page.goBack();
  s = await game.waitFor((t) => t.screen === 'summary', 'Back with an answer: the summary');
  assert.equal(s.rounds_played, played + 1, 'the answer counts');
  await waitForHash(game, '#summary', 'the address names the summary');
  await page.goForward();
  s = await game.waitFor((t) => t.screen === 'setup', 'Forward into the finished round: the setup');
  assert.notEqual(s.phase, 'answering', 'no round started by itself');
  await waitForHash(game, '#setup', 'Forward');
  // Back and Forward quickly, many times: the game keeps up, and ends where the address says.
  // (Which entry quick presses end on depends on timing under load; that the game shows what the
  // address names, and keeps working, does not.)
  for (let i = 0; i < 6; i++) await (i % 2 ? page.goForward() : page.goBack());
  const screenFor = (hash) => (hash === '' ? 'title' : hash.slice(1).split('?')[0]);
  let agreed = null;
  for (const start = Date.now(); !agreed && Date.now() - start < 20000;) {
    const [t, hash] = [await game.state(), await page.evaluate(() => location.hash)];
    if (t.screen === screenFor(hash)) agreed = t; else await page.waitForTimeout(100);
  }
  assert.ok(agreed, 'after quick Back and Forward the game shows the screen its address names');
  await page.evaluate(() => { location.hash = '#setup'; });  // a fragment typed in the address bar
  await game.waitFor((t) => t.screen === 'setup', 'the setup from the address bar');
  await game.click('start');
  await game.waitFor((t) => t.screen === 'play' && t.phase === 'answering', 'a round still starts');
  await finish(game);
});

test('a practice opened by link, on a portrait tablet (screenshot)', async () => {
  const game = await openAt(`?lang=en#practice/${practiceId}`, { width: 768, height: 1024 });
  const s = await game.waitFor((t) => t.screen === 'practice_detail', 'the practice');
  assert.equal(s.open_practice, practiceId);
  assert.ok(await game.canvasColours() > 20, 'the practice is drawn');
  await game.screenshot('tablet-link-practice');
  await finish(game);
});
