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

async function reloaded(game) {
  await game.page.reload();
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
  // From a reload in the same frame as the save to one well after the copy has finished.
  const delays = [0, 0, 5, 10, 20, 40, 80, 200];
  const kept = { old: 0, new: 0 };
  for (const delay of delays) {
    const next = await playToLastNext(game);
    await page.mouse.click(next.x + next.w / 2, next.y + next.h / 2);  // ends the round: it saves
    if (delay) await page.waitForTimeout(delay);
    const s = await reloaded(game);
    assert.equal(s.problems, 0, `reload ${delay} ms after the save: the game reports a problem`);
    assert.ok(s.rounds_played === played || s.rounds_played === played + 1,
      `reload ${delay} ms after the save: ${s.rounds_played} rounds played, expected ${played} or ${played + 1}`);
    kept[s.rounds_played === played ? 'old' : 'new']++;
    played = s.rounds_played;
  }
  t.diagnostic(`after ${delays.length} reloads: the old progress ${kept.old} times, the new ${kept.new}`);
  // A reload long after the copy: the newest progress is there, and nothing was ever unreadable.
  const last = await reloaded(game);
  assert.equal(last.rounds_played, played);
  assert.ok(kept.new > 0, 'at least the slow reloads keep the new progress');
  assert.deepEqual(unreadable, []);
  await page.close();
});
