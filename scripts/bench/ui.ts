/**
 * `npm run bench:ui`: the playground's drag budget and the home page's JavaScript weight, in headless
 * Chromium against a built site (DESIGN.md, Budgets).
 *
 * 1. A scripted 3-second drag of an initial value on /widget/ode-playground, in two set-ups (the default
 *    Euler one, and Dopri5 on Van der Pol at a tight tolerance with four trajectories): long tasks over
 *    50 ms (PerformanceObserver 'longtask'; target none), and the median and 95th-percentile time between
 *    animation frames while dragging (60 Hz is 16.7 ms).
 *    And the particle view (/widget/particle-view, WebGL2 or its JavaScript fallback) while the reader drags
 *    its step-size slider for 3 s: the same long-task and frame figures. Both at 1× and 4× CPU throttling.
 * 2. The home page: the sum of the gzip sizes of every JS file it loads (target ≤ 150 kB), and a check
 *    that none of them is tfjs (the name of tfjs-core's flag `TENSORLIKE_CHECK_SHAPE_CONSISTENCY`, a literal that survives minification, is the telltale).
 *
 * Prints figures; fails only if the page cannot be driven or tfjs is loaded on the home page.
 * Env: BENCH_OUTDIR (default dist), BENCH_PORT (default a free-ish port).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { withBrowserPage } from './browser.ts';

const outDir = process.env.BENCH_OUTDIR ?? 'dist';
const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
const DRAG_MS = 3000;

interface DragFigures {
  setup: string;
  cpu: number;
  moves: number;
  frames: number;
  medianFrameMs: number;
  p95FrameMs: number;
  longTasks: number;
  longestTaskMs: number;
  readoutChanges: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

/**
 * Chromium's CPU throttling (DevTools protocol `Emulation.setCPUThrottlingRate`): rate 4 slows every task
 * about 4×, roughly a mid-range phone; rate 1 is this machine as it is.
 */
async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.detach();
}

async function drag(page: Page, base: string, path: string, setup: string, cpu = 1): Promise<DragFigures> {
  await page.goto(base + path);
  await throttle(page, cpu);
  const handle = page.getByRole('figure', { name: 'ODE playground' }).locator('[aria-label^="Initial value 1"]');
  await handle.waitFor();
  await page.getByRole('figure', { name: 'ODE playground' }).locator('[aria-live="polite"]').getByText('evaluations').first().waitFor();
  await observe(page, 'ode-playground');
  const box = (await handle.boundingBox())!;
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const start = Date.now();
  let moves = 0;
  while (Date.now() - start < DRAG_MS) {
    const s = (Date.now() - start) / 1000;
    // Up and down, and (for planar handles) around: a reader scrubbing back and forth.
    await page.mouse.move(x0 + 40 * Math.sin(2 * Math.PI * 0.7 * s), y0 - 70 * Math.sin(2 * Math.PI * 0.5 * s));
    moves++;
  }
  await page.mouse.up();
  return collect(page, setup, cpu, moves);
}

/** Starts counting long tasks, frame intervals and changes of the widget's readout. */
async function observe(page: Page, widget: string): Promise<void> {
  // A string, not a function: tsx's name-keeping helper (__name) does not exist inside the page.
  await page.evaluate(`(() => {
    const b = { long: [], frames: [], readouts: 0, stop: false };
    window.__bench = b;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) b.long.push(e.duration); }).observe({ type: 'longtask', buffered: false });
    let last = performance.now();
    const tick = (now) => { b.frames.push(now - last); last = now; if (!b.stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const live = document.querySelector('figure[data-widget="${widget}"] [aria-live="polite"]');
    if (live) new MutationObserver(() => b.readouts++).observe(live, { subtree: true, childList: true, characterData: true });
  })()`);
}

async function collect(page: Page, setup: string, cpu: number, moves: number): Promise<DragFigures> {
  const r = (await page.evaluate('(() => { window.__bench.stop = true; return window.__bench; })()')) as { long: number[]; frames: number[]; readouts: number };
  await throttle(page, 1);
  const frames = r.frames.slice(2);
  return {
    setup,
    cpu,
    moves,
    frames: frames.length,
    medianFrameMs: quantile(frames, 0.5),
    p95FrameMs: quantile(frames, 0.95),
    longTasks: r.long.length,
    longestTaskMs: r.long.length ? Math.max(...r.long) : 0,
    readoutChanges: r.readouts,
  };
}

/** The particle view running while the reader drags its step-size slider back and forth for DRAG_MS. */
async function dragParticleSlider(page: Page, base: string, path: string, setup: string, cpu = 1): Promise<DragFigures> {
  await page.goto(base + path);
  await throttle(page, cpu);
  const fig = page.getByRole('figure', { name: 'Particles in the flow' });
  await fig.locator('.widget-readout').getByText('particles,').first().waitFor();
  const slider = fig.getByRole('slider', { name: /Step size/ });
  await observe(page, 'particle-view');
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  const start = Date.now();
  let moves = 0;
  while (Date.now() - start < DRAG_MS) {
    const s = (Date.now() - start) / 1000;
    await page.mouse.move(box.x + box.width * (0.5 + 0.45 * Math.sin(2 * Math.PI * 0.6 * s)), y);
    moves++;
  }
  await page.mouse.up();
  return collect(page, setup, cpu, moves);
}

async function pageJs(page: Page, base: string, path: string) {
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  return collectJs(page);
}

/** Every JS file the page has loaded so far, with its raw and gzip size from the build folder. */
async function collectJs(page: Page) {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.endsWith('.js')));
  const entry = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src));
  const all = [...new Set([...entry, ...urls])];
  const files = all.map((u) => {
    const rel = new URL(u).pathname;
    const buf = readFileSync(join(outDir, rel));
    return { file: rel, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, tfjs: buf.includes('TENSORLIKE_CHECK_SHAPE_CONSISTENCY') };
  });
  return files;
}

export async function run(): Promise<void> {
  const results = await withBrowserPage(
    '/',
    async (page) => {
      const base = new URL(page.url()).origin;
      const js = await pageJs(page, base, '/');
      // Chapter 1 with every widget scrolled into view, so each lazy chunk it uses has loaded.
      await page.goto(base + '/ode-basics');
      await page.getByRole('figure', { name: 'Particles in the flow' }).waitFor();
      // A placeholder is replaced by its widget as it loads: a figure that went away is skipped, as in load.ts.
      for (const fig of await page.getByRole('figure').all()) await fig.scrollIntoViewIfNeeded().catch(() => {});
      await page.waitForLoadState('networkidle');
      const chapterJs = await collectJs(page);
      const setups: [string, string][] = [
        ['/widget/ode-playground', 'default: y′ = 2t, Euler h = 0.25, 2 trajectories'],
        ['/widget/ode-playground?eq=vanderpol&method=dopri5&tol=-8&y0=0.5_0_-3_3_2_-2_-1_1', 'Van der Pol, Dopri5 rtol = atol = 1e-8, 4 trajectories'],
        ['/widget/ode-playground?eq=stiff&method=euler&h=0.01', 'stiff, Euler h = 0.01 (500 steps)'],
      ];
      const drags: DragFigures[] = [];
      for (const cpu of [1, 4]) {
        for (const [path, setup] of setups) drags.push(await drag(page, base, path, setup, cpu));
        drags.push(await dragParticleSlider(page, base, '/widget/particle-view', 'particle view (default field), dragging the h slider', cpu));
      }
      return { js, drags, chapterJs };
    },
    { port, outDir },
  );
  console.log('\nPlayground and particle-view drags, 3 s of scripted mouse moves at 1× and 4× CPU throttling (target: no long task > 50 ms; frame ≈ 16.7 ms)');
  console.table(
    results.drags.map((d) => ({
      setup: d.setup,
      'CPU slowdown': `${d.cpu}×`,
      'pointer moves': d.moves,
      frames: d.frames,
      'median frame (ms)': Number(d.medianFrameMs.toFixed(1)),
      'p95 frame (ms)': Number(d.p95FrameMs.toFixed(1)),
      'long tasks': d.longTasks,
      'longest (ms)': Number(d.longestTaskMs.toFixed(0)),
      'readout updates': d.readoutChanges,
    })),
  );
  const total = results.js.reduce((s, f) => s + f.gzip, 0);
  console.log('\nHome page JavaScript (gzip -9 of each file it loads; target ≤ 150 kB, no tfjs)');
  console.table(results.js.map((f) => ({ file: f.file, 'raw kB': Number((f.raw / 1024).toFixed(1)), 'gzip kB': Number((f.gzip / 1024).toFixed(1)), tfjs: f.tfjs })));
  console.log(`total: ${(total / 1024).toFixed(1)} kB gzip in ${results.js.length} files; tfjs loaded: ${results.js.some((f) => f.tfjs) ? 'YES' : 'no'}`);
  const chapterTotal = results.chapterJs.reduce((s, f) => s + f.gzip, 0);
  console.table([...results.chapterJs].sort((a, b) => b.gzip - a.gzip).slice(0, 8).map((f) => ({ 'chapter 1 file (largest 8)': f.file, 'gzip kB': Number((f.gzip / 1024).toFixed(1)) })));
  console.log(`Chapter 1 (/ode-basics, every widget on screen once): ${(chapterTotal / 1024).toFixed(1)} kB gzip in ${results.chapterJs.length} JS files; tfjs loaded: ${results.chapterJs.some((f) => f.tfjs) ? 'YES' : 'no'}`);
  if (results.js.some((f) => f.tfjs)) {
    process.exitCode = 1;
    console.error('tfjs is loaded by the home page.');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
