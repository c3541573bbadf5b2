// Saves in the browser never lost or cut by a reload: a round ends (which saves progress and starts
// copying it to IndexedDB) and the page is reloaded at once, before or while the copy runs. After
// every reload the progress is the old one or the new one, never unreadable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Game, servedGame } from './game_driver.mjs';

const session = servedGame(Number(process.env.AR_SAVES_PORT || 8791));
const base = session.base;

// Plays a one-rumour verdict round up to its last answer; the caller's click on "next" ends it.
async function playToLastNext(game) {
  await game.click('menu-play');
  await game.waitFor((s) => s.screen === 'setup', 'the setup screen');
  for (let i = 0; i < 4; i++) await game.click('count-fewer');  // 1 rumour
  await game.click('start');
  const s = await game.waitFor((t) => t.screen === 'play' && t.phase === 'answering', 'the rumour');
  assert.equal(s.count, 1);
  await game.click(`verdict-${s.verdict}`);
  await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
  return game.find('next');
}

// rounds_played of the progress in IndexedDB (what a reload will find), or -1 when there is none.
async function storedRounds(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('/save');  // IDBFS names the database after the mount point
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA').get('/save/progress.json');
      get.onerror = () => reject(get.error);
      get.onsuccess = () => {
        db.close();
        const entry = get.result;
        resolve(entry ? JSON.parse(new TextDecoder().decode(entry.contents)).rounds_played : -1);
      };
    };
  }));
}

// The page opened again at the title's address. A plain reload could land on the round's address
// (#play?…, the click's frame not drawn yet), which starts a new round (links.test.mjs).
async function reloaded(game) {
  await game.page.goto(game.page.url().split('#')[0]);
  return game.waitFor((s) => s.ready && s.frames > 2, 'the reloaded game');
}

test('a reload right after a round ends keeps the old or the new progress, never a broken one', async (t) => {
  const page = await session.context().newPage();
  const unreadable = [];
  page.on('console', (m) => {
    if (/could not be read|unreadable|save failed/i.test(m.text())) unreadable.push(m.text());
  });
  await page.goto(`${base}?seed=11&lang=en`);
  const game = new Game(page);
  let played = (await game.waitFor((s) => s.ready && s.frames > 2, 'the first frames')).rounds_played;
  // From a reload in the same frame as the click to one after the copy has finished (here the
  // save reaches memory about 150 ms after the click and IndexedDB about 100 ms later).
  const delays = [0, 0, 20, 60, 120, 180, 250, 400];
  const outcomes = [];
  for (const delay of delays) {
    const next = await playToLastNext(game);
    await page.mouse.click(next.x + next.w / 2, next.y + next.h / 2);  // ends the round: it saves
    if (delay) await page.waitForTimeout(delay);
    const s = await reloaded(game);
    assert.equal(s.problems, 0, `reload ${delay} ms after the save: the game reports a problem`);
    assert.ok(s.rounds_played === played || s.rounds_played === played + 1,
      `reload ${delay} ms after the save: ${s.rounds_played} rounds played, expected ${played} or ${played + 1}`);
    outcomes.push(`${delay} ms: ${s.rounds_played === played ? 'old' : 'new'}`);
    played = s.rounds_played;
  }
  t.diagnostic(`progress kept after a reload at ${outcomes.join(', ')}`);
  // Once the copy is in IndexedDB, a reload always finds the new progress.
  const next = await playToLastNext(game);
  await page.mouse.click(next.x + next.w / 2, next.y + next.h / 2);
  const start = Date.now();
  while (await storedRounds(page) !== played + 1) {
    assert.ok(Date.now() - start < 10000, 'the save never reached IndexedDB');
    await page.waitForTimeout(20);
  }
  const last = await reloaded(game);
  assert.equal(last.rounds_played, played + 1);
  assert.equal(last.problems, 0);
  assert.deepEqual(unreadable, []);
  await page.close();
});
