// The drawing state WebGL only tells after a round trip. Dear ImGui's OpenGL3 backend reads the
// GL state before each frame's drawing to put it back afterwards. Most answers come from the
// browser's own copy, but the scissor box and the six blend functions and equations are asked of
// the GPU process, which first finishes all the drawing queued before: in Chromium 120–190 µs each,
// about 1 ms of a 1.5 ms frame on the practice browser (measured 2026-12-04).
// Only the game draws on its canvas, so the context remembers what was last set and answers
// from that, starting from WebGL's defaults. A value set with arguments WebGL could refuse, and a
// lost or restored context, go to WebGL as before. Linked with --js-library (cmake/game.cmake);
// run_web.cpp calls js_keep_gl_state() before the window and its context are made.
mergeInto(LibraryManager.library, {
  js_keep_gl_state__deps: ['$arKeepGlState'],
  js_keep_gl_state: function () {
    var canvas = Module.canvas;
    Module.arKeepGlState = arKeepGlState;  // for tests/e2e/gl_state.test.mjs, on a context of its own
    if (!canvas || canvas.arGlStateKept) return;
    canvas.arGlStateKept = true;
    var getContext = canvas.getContext;
    canvas.getContext = function (type, attributes) {
      var gl = getContext.call(canvas, type, attributes);
      if (gl && type === 'webgl2' && !gl.arGlState) arKeepGlState(gl);
      return gl;
    };
  },

  $arKeepGlState: function (gl) {
    var known = new Map();  // parameter → what was last set
    gl.arGlState = known;
    // A lost context forgets its state; a restored one starts from WebGL's defaults.
    gl.canvas.addEventListener('webglcontextlost', function () { known.clear(); });
    gl.canvas.addEventListener('webglcontextrestored', function () { known.clear(); });
    var SCISSOR_BOX = gl.SCISSOR_BOX;
    var BLEND = [gl.BLEND_SRC_RGB, gl.BLEND_DST_RGB, gl.BLEND_SRC_ALPHA, gl.BLEND_DST_ALPHA];
    var EQUATION = [gl.BLEND_EQUATION_RGB, gl.BLEND_EQUATION_ALPHA];
    var KEPT = [SCISSOR_BOX].concat(BLEND, EQUATION);
    // Factors and equations WebGL 2 always takes; others (SRC_ALPHA_SATURATE, extensions) are not
    // remembered, and the next question goes to WebGL.
    var FACTORS = [gl.ZERO, gl.ONE, gl.SRC_COLOR, gl.ONE_MINUS_SRC_COLOR, gl.DST_COLOR,
      gl.ONE_MINUS_DST_COLOR, gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.DST_ALPHA,
      gl.ONE_MINUS_DST_ALPHA, gl.CONSTANT_COLOR, gl.ONE_MINUS_CONSTANT_COLOR, gl.CONSTANT_ALPHA,
      gl.ONE_MINUS_CONSTANT_ALPHA];
    var CONSTANT_COLOR = [gl.CONSTANT_COLOR, gl.ONE_MINUS_CONSTANT_COLOR];
    var CONSTANT_ALPHA = [gl.CONSTANT_ALPHA, gl.ONE_MINUS_CONSTANT_ALPHA];
    var EQUATIONS = [gl.FUNC_ADD, gl.FUNC_SUBTRACT, gl.FUNC_REVERSE_SUBTRACT, gl.MIN, gl.MAX];
    var factor = function (f) { return FACTORS.indexOf(f) >= 0; };
    // WebGL refuses a constant colour with a constant alpha in one function (INVALID_OPERATION).
    var mixesConstants = function (s, d) {
      return (CONSTANT_COLOR.indexOf(s) >= 0 && CONSTANT_ALPHA.indexOf(d) >= 0) ||
        (CONSTANT_ALPHA.indexOf(s) >= 0 && CONSTANT_COLOR.indexOf(d) >= 0);
    };
    var set = function (names, values, valid) {
      for (var i = 0; i < names.length; i++) {
        if (valid && !gl.isContextLost()) known.set(names[i], values[i]);
        else known.delete(names[i]);
      }
    };

    var scissor = gl.scissor;
    var box = new Int32Array(4);  // filled in place: ImGui sets the box for every draw command
    gl.scissor = function (x, y, width, height) {
      scissor.call(gl, x, y, width, height);
      // What WebGL keeps: each converted to a 32-bit integer (as `| 0` and Int32Array do).
      if ((width | 0) >= 0 && (height | 0) >= 0 && !gl.isContextLost()) {
        box[0] = x;
        box[1] = y;
        box[2] = width;
        box[3] = height;
        known.set(SCISSOR_BOX, box);
      } else {
        known.delete(SCISSOR_BOX);
      }
    };
    var blendFunc = gl.blendFunc;
    gl.blendFunc = function (s, d) {
      blendFunc.call(gl, s, d);
      set(BLEND, [s, d, s, d], factor(s) && factor(d) && !mixesConstants(s, d));
    };
    var blendFuncSeparate = gl.blendFuncSeparate;
    gl.blendFuncSeparate = function (sRgb, dRgb, sAlpha, dAlpha) {
      blendFuncSeparate.call(gl, sRgb, dRgb, sAlpha, dAlpha);
      set(BLEND, [sRgb, dRgb, sAlpha, dAlpha], factor(sRgb) && factor(dRgb) && factor(sAlpha) &&
        factor(dAlpha) && !mixesConstants(sRgb, dRgb) && !mixesConstants(sAlpha, dAlpha));
    };
    var blendEquation = gl.blendEquation;
    gl.blendEquation = function (mode) {
      blendEquation.call(gl, mode);
      set(EQUATION, [mode, mode], EQUATIONS.indexOf(mode) >= 0);
    };
    var blendEquationSeparate = gl.blendEquationSeparate;
    gl.blendEquationSeparate = function (rgb, alpha) {
      blendEquationSeparate.call(gl, rgb, alpha);
      set(EQUATION, [rgb, alpha], EQUATIONS.indexOf(rgb) >= 0 && EQUATIONS.indexOf(alpha) >= 0);
    };
    // A new context's state is WebGL's defaults: no need to ask for them either.
    var defaults = function () {
      known.set(SCISSOR_BOX, Int32Array.of(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight));
      set(BLEND, [gl.ONE, gl.ZERO, gl.ONE, gl.ZERO], true);
      set(EQUATION, [gl.FUNC_ADD, gl.FUNC_ADD], true);
    };
    if (!gl.isContextLost()) defaults();
    var getParameter = gl.getParameter;
    gl.getParameter = function (name) {
      if (known.has(name)) {
        if (!gl.isContextLost()) {
          var value = known.get(name);
          return name === SCISSOR_BOX ? Int32Array.from(value) : value;  // the caller's own copy
        }
        known.clear();
      }
      var answer = getParameter.call(gl, name);
      if (KEPT.indexOf(name) >= 0 && answer !== null && !gl.isContextLost())
        known.set(name, name === SCISSOR_BOX ? Int32Array.from(answer) : answer);
      return answer;
    };
  },
});
