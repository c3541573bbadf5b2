// A workshop in Chromium as a room would run it: a tablet (768x1024 at 2) driven by the finger
// only (real touch events, drags to reach what is below the screen), three teams voting on one
// device, the facilitator revealing each fact, a reload in the middle that resumes where it was,
// the debrief, and the results downloaded as CSV and checked row by row. Then the presenter layout
// on a 1920x1080 projector, looked at in screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { servedTouchDevices, touchDevices, shotDir } from './game_driver.mjs';

const session = servedTouchDevices(Number(process.env.AR_PORT || 8821));
const tablet = touchDevices.find((d) => d.name === 'tablet');
const projector = { name: 'projector', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 };

const asking = (position) => (s) =>
  s.screen === 'workshop' && s.workshop.phase === 'asking' && s.workshop.position === position;

// A tap on `id`, dragging the page to it first when it is below the screen (long pages on a tablet
// take more drags than Game.find waits for).
async function tap(game, id) {
  if (!(await game.rect(id))) await game.swipeTo(id);
  await game.click(id);
}

// Starts a 2-rumour, 3-team session from the title screen.
async function begin(game) {
  await game.click('menu-workshop');
  await game.waitFor((s) => s.screen === 'workshop' && s.workshop.phase === 'setup', 'the workshop setup');
  for (let i = 0; i < 4; i++) await tap(game, 'count-fewer');  // 6 -> 2 rumours
  await tap(game, 'begin');
  return game.waitFor(asking(0), 'the first rumour');
}

// Each team's vote: 'right' or 'wrong' (null: leave it), tapped on its row of buttons.
async function vote(game, answers) {
  const s = await game.state();
  for (const [team, how] of answers.entries()) {
    if (!how) continue;  // this team has answered already
    const choice = how === 'right' ? s.workshop.right[0] : s.workshop.wrong[0];
    await game.click(`vote-${team}-${choice}`);
    await game.waitFor((t) => t.workshop.team_choice[team] === choice, `team ${team}'s vote`);
  }
  return s;
}

// Taps the button `id` (dragging to it first), waits for the file it downloads and returns its text.
async function downloaded(game, id, dir, name) {
  if (!(await game.rect(id))) await game.swipeTo(id);
  const button = await game.find(id);
  const [download] = await Promise.all([
    game.page.waitForEvent('download', { timeout: 15000 }),
    game.tapAt(button.x + button.w / 2, button.y + button.h / 2),
  ]);
  assert.match(download.suggestedFilename(), name);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return readFile(file, 'utf8');
}

async function revealAndGoOn(game, shots) {
  await tap(game, 'reveal');
  await game.waitFor((s) => s.workshop.phase === 'revealed', 'the revealed fact');
  if (shots) await game.screenshot(`${shots}-revealed`);
  await tap(game, 'next');
  await game.waitFor((s) => s.workshop.phase === 'scoreboard', 'the scoreboard');
  if (shots) await game.screenshot(`${shots}-scoreboard`);
  await tap(game, 'next');
}

test(`tablet (768x1024@2): a 3-team workshop by touch, reloaded mid-session, results as CSV`, async () => {
  const game = await session.open(tablet, `${session.base}?seed=3&lang=en`);
  const first = await begin(game);
  assert.deepEqual(first.workshop.team_choice, [-1, -1, -1]);
  await game.screenshot('workshop-tablet-asking');
  const one = await vote(game, ['right', 'wrong', 'right']);
  assert.equal((await game.state()).workshop.answers_locked, true, 'every team answered: locked');
  await revealAndGoOn(game, 'workshop-tablet');

  const second = await game.waitFor(asking(1), 'the second rumour');
  const right = second.workshop.right[0];
  await game.click(`vote-0-${right}`);
  await game.waitFor((s) => s.workshop.team_choice[0] === right, "team A's vote");
  // The tab is reloaded (or closed and opened again): the session resumes where it was.
  await game.page.reload();
  const back = await game.waitFor((s) => s.ready && s.frames > 2 && s.screen === 'workshop', 'the resumed workshop');
  assert.equal(back.workshop.phase, 'asking');
  assert.equal(back.workshop.position, 1);
  assert.equal(back.workshop.scenario, second.workshop.scenario);
  assert.deepEqual(back.workshop.team_choice, [right, -1, -1]);
  await vote(game, [null, 'wrong', 'wrong']);  // A answered before the reload
  await revealAndGoOn(game, null);

  const debrief = await game.waitFor((s) => s.workshop.phase === 'debrief', 'the debrief');
  await game.screenshot('workshop-tablet-debrief');
  // Most missed first: the second rumour (1 of 3 right) before the first (2 of 3).
  assert.deepEqual(debrief.workshop.debrief, [
    { position: 1, right_percent: 33 }, { position: 0, right_percent: 66 }]);
  await game.find('debrief-share-1');
  const dir = await mkdtemp(path.join(tmpdir(), 'ar-workshop-'));
  if (!(await game.rect('export-csv'))) await game.swipeTo('export-csv');
  const csv = await game.find('export-csv');
  const [download] = await Promise.all([
    game.page.waitForEvent('download', { timeout: 15000 }),
    game.tapAt(csv.x + csv.w / 2, csv.y + csv.h / 2),
  ]);
  assert.match(download.suggestedFilename(), /^antirumour-workshop-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const rows = (await readFile(file, 'utf8')).trim().split('\r\n').map((line) => line.split(','));
  assert.deepEqual(rows[0], ['rumour', 'scenario_id', 'topic', 'right_answer', 'team', 'answer', 'count', 'outcome', 'points']);
  assert.equal(rows.length, 7, 'one row per team per rumour');
  const outcomes = rows.slice(1).map((r) => [r[0], r[1], r[4], r[7], r[8]]);
  assert.deepEqual(outcomes, [
    ['1', one.workshop.scenario, 'A', 'right', '10'],
    ['1', one.workshop.scenario, 'B', 'wrong', '0'],
    ['1', one.workshop.scenario, 'C', 'right', '10'],
    ['2', second.workshop.scenario, 'A', 'right', '10'],
    ['2', second.workshop.scenario, 'B', 'wrong', '0'],
    ['2', second.workshop.scenario, 'C', 'wrong', '0'],
  ]);
  await game.waitFor((s) => s.workshop.phase === 'debrief', 'the debrief after the download');
  await game.find('export-notice');
  // The printable summary: one page of HTML, the facts most missed first, teams by letter only.
  const html = await downloaded(game, 'export-summary', dir, /^antirumour-workshop-\d{4}-\d{2}-\d{2}\.html$/);
  assert.match(html, /^<!DOCTYPE html>/);
  assert.doesNotMatch(html, /<script/);
  assert.match(html, /Team A/);
  assert.match(html, /33% right[\s\S]*66% right/, 'the most missed first');
  const printed = await game.page.context().newPage();
  await printed.setContent(html);
  await printed.emulateMedia({ media: 'print' });
  await printed.screenshot({ path: path.join(shotDir, 'workshop-summary-print.png'), fullPage: true });
  await printed.close();
  // A new group: nothing of this one stays on the device.
  await tap(game, 'new-group');
  await game.waitFor((s) => s.workshop.phase === 'setup', 'the setup for the next group');
  assert.deepEqual(game.errors, []);
  await game.page.context().close();
});

test('projector (1920x1080): the presenter layout, looked at', async () => {
  const game = await session.open(projector, `${session.base}?seed=9&lang=en`);
  await game.click('menu-workshop');
  await game.waitFor((s) => s.screen === 'workshop', 'the workshop setup');
  await game.screenshot('workshop-projector-setup');
  await tap(game, 'timer-60');
  await tap(game, 'begin');
  await game.waitFor(asking(0), 'the first rumour');
  await game.waitFor((s) => s.workshop.talk_left_ms < 59000, 'the talk timer counting down');
  await game.screenshot('workshop-projector-asking');
  await vote(game, ['right', 'wrong', 'right']);
  await revealAndGoOn(game, 'workshop-projector');
  assert.deepEqual(game.errors, []);
  await game.page.context().close();
});

// The setup's pack chips and pick list by touch on a tablet and on a phone (ratio 3, where the
// setup is several screens long).
for (const device of touchDevices) {
  const size = `${device.viewport.width}x${device.viewport.height}@${device.deviceScaleFactor}`;
  test(`${device.name} (${size}): spot the technique with rumours chosen one by one from one pack`, async () => {
    const game = await session.open(device, `${session.base}?seed=5&lang=en`);
    await game.click('menu-workshop');
    await game.waitFor((s) => s.screen === 'workshop' && s.workshop.phase === 'setup', 'the workshop setup');
    await tap(game, 'pack-work-and-welfare');
    await tap(game, 'mode-technique');
    await tap(game, 'draw-pick');
    await tap(game, 'pick-jobs-take-our-jobs');
    await game.find('picked-count');
    await game.screenshot(`workshop-${device.name}-pick`);
    await tap(game, 'begin');
    const s = await game.waitFor(asking(0), 'the chosen rumour');
    assert.equal(s.workshop.count, 1);
    assert.equal(s.workshop.scenario, 'jobs-take-our-jobs');
    assert.equal(s.workshop.right.length, 1, 'one of the four techniques is the rumour\'s own');
    await game.screenshot(`workshop-${device.name}-technique`);
    await vote(game, ['right', 'wrong', 'wrong']);
    await tap(game, 'reveal');
    await game.waitFor((t) => t.workshop.phase === 'revealed', 'the revealed fact');
    await game.find('technique-0');
    assert.deepEqual(game.errors, []);
    await game.page.context().close();
  });
}
