// web/gl_state.js: the scissor box and the blend state are answered from what the game last set,
// not asked of WebGL (a round trip to the GPU process) every frame; the answers are WebGL's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Game, servedBrowser } from './game_driver.mjs';

const served = servedBrowser(Number(process.env.AR_GL_STATE_PORT || 8841));

// Before the page's own scripts: WebGL's getParameter counted by parameter, and kept for the
// test to ask WebGL itself.
function countQueries() {
  const proto = WebGL2RenderingContext.prototype;
  const real = proto.getParameter;
  window.__glAsked = {};
  window.__glReal = real;
  proto.getParameter = function (name) {
    window.__glAsked[name] = (window.__glAsked[name] || 0) + 1;
    return real.call(this, name);
  };
}

const KEPT = ['SCISSOR_BOX', 'BLEND_SRC_RGB', 'BLEND_DST_RGB', 'BLEND_SRC_ALPHA', 'BLEND_DST_ALPHA',
  'BLEND_EQUATION_RGB', 'BLEND_EQUATION_ALPHA'];

test('the game draws without ever asking WebGL for the scissor box or blend state', async () => {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(countQueries);
  try {
    const game = await Game.open(context, `${served.base}?lang=en&seed=1`);
    await game.click('menu-practices');
    await game.waitFor((s) => s.screen === 'practices', 'the practice browser');
    const asked = () => game.page.evaluate((names) => {
      const gl = WebGL2RenderingContext.prototype;
      return names.map((n) => window.__glAsked[gl[n]] || 0);
    }, KEPT);
    const framesBefore = (await game.state()).frames;
    const before = await asked();
    // Frames drawn on purpose: the bench hook keeps the loop awake for them.
    await game.page.evaluate(() => Module.ccall('ar_test_bench_frames', null, ['string', 'number'], ['gl', 60]));
    await game.page.waitForFunction(() => JSON.parse(Module.ccall('ar_test_frame_costs', 'string', [], []))
      .frames_left === 0, null, { timeout: 60000, polling: 100 });
    const framesAfter = (await game.state()).frames;
    assert.ok(framesAfter - framesBefore >= 60, `only ${framesAfter - framesBefore} frames were drawn`);
    // ./bench.sh's parts of the same frames (run_web.cpp): the draw lists handed to WebGL and the
    // rest, each one no more than its whole frame.
    const costs = JSON.parse(await game.page.evaluate(() => Module.ccall('ar_test_frame_costs', 'string', [], [])));
    const whole = costs.screens.find((s) => s.screen === 'gl');
    assert.equal(whole.frames, 60);
    for (const part of ['screen', 'webgl']) {
      const mine = costs.parts[part].find((s) => s.screen === 'gl');
      assert.equal(mine.frames, 60, part);
      for (const stat of ['median_ms', 'max_ms'])
        assert.ok(mine[stat] >= 0 && mine[stat] <= whole[stat] + 1e-9, `${part} ${stat}: ${mine[stat]} of ${whole[stat]}`);
    }
    assert.deepEqual(await asked(), before, `WebGL was asked again for ${KEPT.join(', ')}`);
    // Not even once since the page opened (a new context starts from WebGL's defaults), and the
    // kept answers are what WebGL itself says now.
    assert.deepEqual(before, KEPT.map(() => 0), `WebGL was asked for ${KEPT.join(', ')}`);
    const compared = await game.page.evaluate((names) => {
      const canvas = document.getElementById('canvas');
      const gl = canvas.getContext('webgl2');
      return names.map((n) => [n, Array.from([gl.getParameter(gl[n])].flat()),
        Array.from([window.__glReal.call(gl, gl[n])].flat())]);
    }, KEPT.map((n) => n));
    for (const [name, kept, real] of compared) assert.deepEqual(kept, real, name);
  } finally {
    await context.close();
  }
});

test('values WebGL refuses, or does not always take, are asked of WebGL, and a lost context forgets', async () => {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const game = await Game.open(context, `${served.base}?lang=en&seed=1`);
    const results = await game.page.evaluate(() => {
      const canvas = document.createElement('canvas');
      document.body.appendChild(canvas);
      const gl = canvas.getContext('webgl2');
      const real = WebGL2RenderingContext.prototype.getParameter;
      Module.arKeepGlState(gl);
      const names = ['SCISSOR_BOX', 'BLEND_SRC_RGB', 'BLEND_DST_RGB', 'BLEND_SRC_ALPHA', 'BLEND_DST_ALPHA',
        'BLEND_EQUATION_RGB', 'BLEND_EQUATION_ALPHA'];
      const out = [];
      const check = (what) => {
        for (const n of names) {
          const kept = Array.from([gl.getParameter(gl[n])].flat());
          const truth = Array.from([real.call(gl, gl[n])].flat());
          out.push({ what, name: n, kept, truth });
        }
      };
      check('defaults');
      canvas.width = 640; check('the canvas made larger (the box stays)');
      gl.scissor(1, 2, 30, 40); check('a scissor box');
      gl.scissor(5, 6, -1, 10); check('a negative width (refused)');
      gl.scissor(2 ** 32 + 7, -3, 0, 2 ** 31); check('numbers beyond 32 bits');
      gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA); check('blendFunc');
      gl.blendFunc(gl.CONSTANT_COLOR, gl.CONSTANT_ALPHA); check('constant colour with alpha (refused)');
      gl.blendFuncSeparate(gl.ONE, gl.ZERO, gl.DST_ALPHA, gl.ONE_MINUS_CONSTANT_COLOR); check('blendFuncSeparate');
      gl.blendFunc(gl.SRC_ALPHA_SATURATE, gl.ONE); check('SRC_ALPHA_SATURATE');
      gl.blendFunc(0x1234, gl.ONE); check('an unknown factor (refused)');
      gl.blendEquation(gl.MAX); check('blendEquation');
      gl.blendEquationSeparate(gl.FUNC_SUBTRACT, gl.MIN); check('blendEquationSeparate');
      gl.blendEquation(0x4321); check('an unknown equation (refused)');
      // The copy handed out is the caller's: changing it changes nothing kept.
      gl.getParameter(gl.SCISSOR_BOX)[0] = 999; check('a changed copy');
      gl.getExtension('WEBGL_lose_context').loseContext();
      return { out, lostAnswer: gl.getParameter(gl.BLEND_SRC_RGB), kept: gl.arGlState.size };
    });
    for (const r of results.out) assert.deepEqual(r.kept, r.truth, `${r.what}: ${r.name}`);
    assert.equal(results.lostAnswer, null, 'a lost context answers nothing');
    assert.equal(results.kept, 0, 'a lost context keeps no state');
  } finally {
    await context.close();
  }
});
