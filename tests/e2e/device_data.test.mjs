// What a device holds goes to a file and comes back on another device: play a round, "Save to a
// file" (a download), then in a fresh browser profile "Load from a file" (the page's file picker,
// opened during the tap) brings the progress back; a damaged file is explained on screen and
// changes nothing.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Game, servedGame, startBrowser } from './game_driver.mjs';

const session = servedGame(Number(process.env.AR_PORT || 8786));
const others = [];
after(async () => { for (const b of others) await b.close(); });

const ready = (s) => s.ready && s.frames > 2;

async function playOneRumour(game) {
  await game.click('menu-play');
  await game.waitFor((s) => s.screen === 'setup', 'the setup screen');
  for (let i = 0; i < 4; i++) await game.click('count-fewer');
  await game.click('start');
  const s = await game.waitFor((t) => t.screen === 'play' && t.phase === 'answering', 'the rumour');
  await game.click(`verdict-${s.verdict}`);
  await game.waitFor((t) => t.phase === 'feedback', 'the feedback');
  await game.click('next');
  return game.waitFor((t) => t.screen === 'summary', 'the summary');
}

// From the title screen to About (where "Your data on this device" is).
async function openAbout(game) {
  await game.waitFor((s) => ready(s) && s.screen === 'title', 'the title screen');
  await game.click('menu-about');
  return game.waitFor((s) => s.screen === 'about', 'the About screen');
}

// Taps "Load from a file" and gives the picker `file`.
async function loadFile(game, file) {
  const r = await game.find('data-import');
  // Playwright catches pickers only once it has asked the browser to: give that a moment first.
  const chosen = game.page.waitForEvent('filechooser', { timeout: 10000 });
  await game.page.waitForTimeout(300);
  await game.page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await (await chosen).setFiles(file);
}

test('progress saved to a file on one device and loaded on another; a damaged file changes nothing', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'ar-device-data-'));
  const page = await session.context().newPage();
  await page.goto(`${session.base}?seed=5&lang=en`);
  const game = new Game(page);
  await game.waitFor(ready, 'the first frames');
  const played = await playOneRumour(game);
  assert.ok(played.rounds_played >= 1);

  await page.goto(`${session.base}?lang=en`);
  const about = await openAbout(game);
  assert.equal(about.rounds_played, played.rounds_played);
  const r = await game.find('data-export');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 10000 }),
    page.mouse.click(r.x + r.w / 2, r.y + r.h / 2),
  ]);
  assert.match(download.suggestedFilename(), /^antirumour-data-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const data = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(data.kind, 'device-data');
  assert.equal(data.saves.progress.rounds_played, played.rounds_played);
  await game.waitFor((s) => s.data_notice === 'exported', 'the message after saving');
  await game.screenshot('device-data-exported');
  await page.close();

  // Another device: a browser profile of its own, with nothing saved.
  const other = await startBrowser();
  others.push(other);
  const fresh = await Game.open(other, `${session.base}?lang=en`);
  assert.equal((await openAbout(fresh)).rounds_played, 0);
  await loadFile(fresh, file);
  const loaded = await fresh.waitFor((s) => s.data_notice === 'imported', 'the message after loading');
  assert.equal(loaded.rounds_played, played.rounds_played);
  assert.deepEqual(loaded.best_score, played.best_score);
  assert.equal(loaded.data_problems, 0);
  await fresh.screenshot('device-data-imported');
  // Saved on this device too: a reload keeps it.
  await fresh.page.reload();
  const reloaded = await fresh.waitFor(ready, 'the reloaded game');
  assert.equal(reloaded.rounds_played, played.rounds_played);

  // A damaged file: the game says what is wrong and where, and the progress stays.
  const damaged = path.join(dir, 'damaged.json');
  await writeFile(damaged, JSON.stringify({
    format: 1, kind: 'device-data',
    saves: { progress: { format: 1, kind: 'progress', rounds_played: -3 } },
  }));
  await fresh.page.goto(`${session.base}?lang=es`);
  await openAbout(fresh);
  await loadFile(fresh, damaged);
  const refused = await fresh.waitFor((s) => s.data_notice === 'import_failed', 'the problem shown');
  assert.equal(refused.data_file, 'damaged.json');
  assert.equal(refused.data_problems, 1);
  assert.equal(refused.rounds_played, played.rounds_played);
  assert.ok(await fresh.drawnRect('data-notice'), 'the problem is not on screen');
  await fresh.screenshot('device-data-damaged');
  assert.deepEqual(fresh.errors, []);
});
