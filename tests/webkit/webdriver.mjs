// A small W3C WebDriver client for Debian's WebKitGTK (WebKitWebDriver + MiniBrowser) under its own
// Xvfb, spoken over HTTP with node's fetch: no npm package. Every request and every wait has a
// time limit, and stop() ends the X server, the driver and the browser (one process group each).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const driverPath = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
// MiniBrowser comes with libwebkit2gtk-4.1-0, which webkit2gtk-driver depends on.
export const browserPath = process.env.WEBKIT_BROWSER ||
  ['x86_64-linux-gnu', 'aarch64-linux-gnu'].map((t) => `/usr/lib/${t}/webkit2gtk-4.1/MiniBrowser`)
    .find((p) => existsSync(p)) || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Starts a process in its own group (so it and everything it starts can be ended together) and
// keeps the last 200 lines it printed.
function startGroup(cmd, args, env, lines) {
  const child = track(spawn(cmd, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }));
  const keep = (chunk) => {
    for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(line);
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return child;
}

async function endGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  if (await Promise.race([gone.then(() => true), sleep(3000).then(() => false)])) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  await Promise.race([gone, sleep(2000)]);
}

// Process groups still running: ended if this process is ended or exits before stop() (a test
// runner's time limit must not leave an X server and a browser behind).
const running = new Set();
function endAllNow() {
  for (const child of running) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  running.clear();
}
process.once('exit', endAllNow);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => { endAllNow(); process.exit(128 + (signal === 'SIGINT' ? 2 : 15)); });
}
function track(child) {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

// An X server on a free display number (Xvfb picks it and tells us through -displayfd).
async function startXvfb(screen, timeout) {
  const lines = [];
  const xvfb = track(spawn('Xvfb', ['-displayfd', '1', '-screen', '0', screen, '-nolisten', 'tcp'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] }));
  xvfb.stderr.on('data', (c) => lines.push(String(c)));
  const display = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in ${timeout} ms: ${lines.join('')}`)), timeout);
    xvfb.stdout.once('data', (d) => { clearTimeout(timer); resolve(`:${String(d).trim()}`); });
    xvfb.once('error', (e) => { clearTimeout(timer); reject(e); });
    xvfb.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Xvfb exited with ${code}: ${lines.join('')}`)); });
  });
  return { xvfb, display };
}

export class WebKit {
  // Starts Xvfb, WebKitWebDriver on `port`, and a MiniBrowser session. `scale` is GTK's window
  // scale (GDK_SCALE): 2 gives devicePixelRatio 2, like an iPad. `browserArgs` are added to
  // MiniBrowser's command line (it takes every WebKitSettings property, e.g. --enable-webgl=false).
  static async start({ port, scale = 1, browserArgs = [], screen = '1600x2200x24', timeout = 90000 } = {}) {
    const wk = new WebKit();
    wk.port = port;
    wk.base = `http://127.0.0.1:${port}`;
    wk.log = [];  // the driver's and the browser's output, for error messages
    try {
      ({ xvfb: wk.xvfb, display: wk.display } = await startXvfb(screen, 15000));
      const env = { ...process.env, DISPLAY: wk.display, GDK_SCALE: String(scale), GDK_BACKEND: 'x11' };
      delete env.WAYLAND_DISPLAY;
      wk.driver = startGroup(driverPath, [`--port=${port}`], env, wk.log);
      await wk.waitForDriver(15000);
      const started = Date.now();
      const created = await wk.request('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': {
              binary: browserPath,
              args: ['--automation', ...browserArgs],
            },
          },
        },
      }, timeout);
      wk.session = created.sessionId;
      wk.capabilities = created.capabilities;
      wk.startMs = Date.now() - started;
      return wk;
    } catch (e) {
      await wk.stop();
      if (wk.log.length) e.message += `\n${wk.log.slice(-20).join('\n')}`;
      throw e;
    }
  }

  async waitForDriver(timeout) {
    const start = Date.now();
    while (Date.now() - start < timeout) {
      if (this.driver.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${this.log.join('\n')}`);
      try {
        const res = await fetch(`${this.base}/status`, { signal: AbortSignal.timeout(2000) });
        if (res.ok && (await res.json()).value?.ready !== false) return;
      } catch { /* not listening yet */ }
      await sleep(100);
    }
    throw new Error(`WebKitWebDriver did not answer on port ${this.port} in ${timeout} ms`);
  }

  // One WebDriver command; a WebDriver error becomes a thrown Error with its message.
  async request(method, route, body, timeout = 30000) {
    const res = await fetch(`${this.base}${route}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const json = await res.json();
    if (!res.ok || json.value?.error) {
      throw new Error(`WebDriver ${method} ${route}: ${json.value?.error}: ${json.value?.message}`);
    }
    return json.value;
  }

  cmd(method, route, body, timeout) {
    return this.request(method, `/session/${this.session}${route}`, body, timeout);
  }

  goto(url) { return this.cmd('POST', '/url', { url }, 60000); }

  // Runs `fn` (a function, or a function's source) in the page with `args`; returns its value.
  execute(fn, ...args) {
    const body = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.cmd('POST', '/execute/sync', { script: body, args }, 20000);
  }

  // Sets the window so that the page's viewport is `width` × `height` CSS px (the window's frame
  // and MiniBrowser's toolbar are added); returns what the page then reports.
  async setViewport(width, height) {
    let inner;
    let size = { width, height };
    for (let i = 0; i < 3; i++) {
      await this.cmd('POST', '/window/rect', size);
      await sleep(300);
      inner = await this.execute(() => ({ width: innerWidth, height: innerHeight, dpr: devicePixelRatio }));
      if (inner.width === width && inner.height === height) break;
      size = { width: size.width + width - inner.width, height: size.height + height - inner.height };
    }
    return inner;
  }

  // A press and release of the primary button at (x, y), CSS px of the viewport, as WebDriver
  // input actions: the browser sees real pointer, mouse and click events.
  async clickAt(x, y, pointerType = 'mouse') {
    await this.cmd('POST', '/actions', {
      actions: [{
        type: 'pointer', id: 'finger', parameters: { pointerType },
        actions: [
          { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 },
          { type: 'pointerDown', button: 0 },
          { type: 'pause', duration: 60 },
          { type: 'pointerUp', button: 0 },
        ],
      }],
    });
    await this.cmd('DELETE', '/actions');
  }

  // No wheel(): WebKitGTK 2.50.6 answers a WebDriver wheel action with two wheel events, deltaY
  // then -deltaY about 20 ms later, so nothing scrolls. Tests dispatch a WheelEvent instead.

  // The window's picture as PNG bytes.
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot', undefined, 30000), 'base64');
  }

  // Ends the session, then the driver, the browser and the X server, whatever state they are in.
  async stop() {
    if (this.session) {
      try { await this.cmd('DELETE', '', undefined, 10000); } catch { /* ended below anyway */ }
      this.session = null;
    }
    await endGroup(this.driver);
    await endGroup(this.xvfb);
  }
}
