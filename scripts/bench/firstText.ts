/**
 * `npm run bench:first-text`: how soon a reader sees the text of /ode-basics, with the CPU throttled 4×
 * (Chrome DevTools' CPU throttling, as for a slow phone), before and after prerendering (issue 12).
 *
 * "Before" is the commit just before prerendering came in (the parent of the commit that added
 * scripts/vite/prerenderPlugin.ts), built once into a temporary folder with this checkout's node_modules;
 * "after" is this checkout's dist/ (the npm script builds it first). Both are served by `vite preview` and
 * loaded alternately RUNS times each in fresh browser contexts (cold cache). Figures, medians in ms from
 * navigation start:
 * - first contentful paint (the browser's `first-contentful-paint` paint entry);
 * - first text: when the chapter's h1 and its first paragraph are both in the document (a MutationObserver
 *   installed before any page script), taken at the next animation frame, i.e. when they can be painted.
 * Env: RUNS (default 5), BENCH_BEFORE (a git ref to compare against instead).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable } from '../chromium.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RUNS = Number(process.env.RUNS ?? 5);
const PATH = '/ode-basics';
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

function beforeRef(): string {
  if (process.env.BENCH_BEFORE) return git('rev-parse', process.env.BENCH_BEFORE);
  const added = git('log', '--diff-filter=A', '--format=%H', '--', 'scripts/vite/prerenderPlugin.ts').split('\n').at(-1);
  if (!added) throw new Error('cannot find the commit that added prerendering; set BENCH_BEFORE');
  return git('rev-parse', `${added}^`);
}

/** Builds `ref` once into a temporary checkout and returns its dist folder. */
function buildBefore(ref: string): string {
  const dir = join(tmpdir(), `continuous-depth-before-${ref.slice(0, 10)}`);
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${root}" archive ${ref} | tar -x -C "${dir}"`]);
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  console.log(`building ${ref.slice(0, 10)} (before) in ${dir} …`);
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: dir, stdio: 'inherit' });
  return dist;
}

async function serve(dir: string, port: number): Promise<() => void> {
  const viteBin = join(dirname(fileURLToPath(import.meta.resolve('vite/package.json'))), 'bin', 'vite.js');
  const server = spawn(process.execPath, [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir], { stdio: 'ignore', cwd: root });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return () => server.kill();
}

async function measure(browser: Browser, url: string): Promise<{ fcp: number; text: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // A string, not a function: tsx compiles functions with esbuild's `__name` helper, which does not exist in the page.
  await page.addInitScript(`(() => {
    const check = () => {
      if (window.__firstText === undefined && document.querySelector('article.chapter h1') && document.querySelector('article.chapter p:not(.chapter-kicker)')) {
        window.__firstText = -1;
        requestAnimationFrame(() => (window.__firstText = performance.now()));
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  })();`);
  await page.goto(url);
  await page.waitForFunction(() => ((window as unknown as { __firstText?: number }).__firstText ?? -1) > 0, null, { timeout: 120_000 });
  const figures = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    text: (window as unknown as { __firstText: number }).__firstText,
  }));
  await context.close();
  return figures;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const ref = beforeRef();
  const beforeDist = buildBefore(ref);
  const ports = { before: 4700 + Math.floor(Math.random() * 100), after: 4800 + Math.floor(Math.random() * 100) };
  const stops = [await serve(beforeDist, ports.before), await serve(join(root, 'dist'), ports.after)];
  const exe = chromiumExecutable();
  const browser = await chromium.launch({ ...(exe ? { executablePath: exe } : {}), args: ['--disable-quic', '--no-first-run', '--disable-background-networking'] });
  const runs: Record<'before' | 'after', { fcp: number; text: number }[]> = { before: [], after: [] };
  try {
    for (const which of ['before', 'after'] as const) await measure(browser, `http://127.0.0.1:${ports[which]}${PATH}`); // warm the servers
    for (let i = 0; i < RUNS; i++) {
      for (const which of ['before', 'after'] as const) runs[which].push(await measure(browser, `http://127.0.0.1:${ports[which]}${PATH}`));
    }
  } finally {
    await browser.close();
    stops.forEach((stop) => stop());
  }
  const row = (label: string, key: 'fcp' | 'text') => {
    const b = median(runs.before.map((r) => r[key]));
    const a = median(runs.after.map((r) => r[key]));
    return `${label.padEnd(34)} ${b.toFixed(0).padStart(8)} ${a.toFixed(0).padStart(8)}   ${(b / a).toFixed(1)}× sooner`;
  };
  console.log(`\n${PATH}, CPU throttled 4×, median of ${RUNS} cold loads (ms from navigation start)`);
  console.log(`${''.padEnd(34)} ${'before'.padStart(8)} ${'after'.padStart(8)}`);
  console.log(`${'  (commit)'.padEnd(34)} ${ref.slice(0, 8).padStart(8)} ${git('rev-parse', '--short=8', 'HEAD').padStart(8)}`);
  console.log(row('first contentful paint', 'fcp'));
  console.log(row('first text (h1 + first paragraph)', 'text'));
}

await main();
