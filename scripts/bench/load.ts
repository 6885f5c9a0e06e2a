/**
 * `npm run bench:load`: the JavaScript each route transfers (gzip) after the reader has scrolled through it,
 * chunk by chunk, workers included, and how many copies of tfjs it downloaded (DESIGN.md, Budgets: chapter 1
 * ≤ 150 kB; every other chapter ≤ 350 kB; tfjs once per page).
 *
 * How: every response the browser context receives (the page's and its Web Workers') is recorded; each JS
 * file is sized by gzip -9 of the built file. A file that holds tfjs-core is one copy of tfjs: the mark is
 * the name of one of tfjs-core's own environment flags, `TENSORLIKE_CHECK_SHAPE_CONSISTENCY`, a string
 * literal that survives minification (the `tfjsflags` literal used before is removed by the build's
 * scripts/vite/tfjsNoAddressFlags.ts, so it counted no copy at all). After every figure has been scrolled into view the page is
 * left until the network has been idle for 2 s, so lazy chunks and worker start-ups are counted.
 *
 * Prints figures; asserts nothing. Env: BENCH_OUTDIR (default dist), BENCH_PORT, LOAD_ROUTES (comma list).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { withBrowserPage } from './browser.ts';

const outDir = process.env.BENCH_OUTDIR ?? 'dist';
const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
const ROUTES = (process.env.LOAD_ROUTES ?? '/,/ode-basics,/resnet-to-ode,/neural-ode,/adjoint,/normalizing-flows,/flow-matching').split(',');
const BUDGET_KB: Record<string, number> = { '/': 150, '/ode-basics': 150 };
const budgetOf = (route: string) => BUDGET_KB[route] ?? 350;

const TFJS_CORE_MARK = 'TENSORLIKE_CHECK_SHAPE_CONSISTENCY';

interface JsFile {
  file: string;
  gzip: number;
  tfjs: boolean;
}

function sizeOf(url: string): JsFile {
  const file = new URL(url).pathname;
  const buf = readFileSync(join(outDir, file));
  return { file, gzip: gzipSync(buf, { level: 9 }).length, tfjs: buf.includes(TFJS_CORE_MARK) };
}

/** Waits until no request has started or finished for `quietMs`. */
async function settle(page: Page, seen: () => number, quietMs = 2000, maxMs = 60_000): Promise<void> {
  const start = Date.now();
  let last = seen();
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    await page.waitForTimeout(250);
    const now = seen();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

async function measure(page: Page, base: string, route: string): Promise<JsFile[]> {
  const urls = new Set<string>();
  let events = 0;
  const onResponse = (r: { url(): string }) => {
    events++;
    const u = r.url();
    if (u.startsWith(base) && new URL(u).pathname.endsWith('.js')) urls.add(u.split('?')[0]);
  };
  const ctx = page.context();
  ctx.on('response', onResponse);
  try {
    await page.goto(base + route);
    await page.waitForLoadState('networkidle');
    if (route !== '/') await page.getByRole('figure').first().waitFor({ timeout: 30_000 });
    // Scroll down the page as a reader would, then bring every figure into view once more.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 700) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(150);
    }
    for (const fig of await page.getByRole('figure').all()) {
      await fig.scrollIntoViewIfNeeded().catch(() => {});
      await page.waitForTimeout(300);
    }
    await settle(page, () => events);
  } finally {
    ctx.off('response', onResponse);
  }
  return [...urls].map(sizeOf);
}

export async function run(): Promise<void> {
  const results = await withBrowserPage(
    '/',
    async (page) => {
      const base = new URL(page.url()).origin;
      const out: { route: string; files: JsFile[] }[] = [];
      for (const route of ROUTES) {
        // A fresh context (empty cache) per route, so nothing is counted from the route before.
        const ctx = await page.context().browser()!.newContext({ viewport: { width: 1280, height: 900 } });
        const p = await ctx.newPage();
        out.push({ route, files: await measure(p, base, route) });
        await ctx.close();
      }
      return out;
    },
    { port, outDir },
  );
  const kB = (b: number) => Number((b / 1024).toFixed(1));
  for (const r of results) {
    console.log(`\n${r.route}: JS files by gzip size`);
    console.table([...r.files].sort((a, b) => b.gzip - a.gzip).map((f) => ({ file: f.file, 'gzip kB': kB(f.gzip), tfjs: f.tfjs ? 'tfjs copy' : '' })));
  }
  console.log('\nJS transferred per route after scrolling through it (gzip -9, workers included)');
  console.table(
    results.map((r) => {
      const total = r.files.reduce((s, f) => s + f.gzip, 0);
      return {
        route: r.route,
        'JS files': r.files.length,
        'gzip kB': kB(total),
        'budget kB': budgetOf(r.route),
        'within budget': total / 1024 <= budgetOf(r.route) ? 'yes' : 'NO',
        'tfjs copies': r.files.filter((f) => f.tfjs).length,
      };
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
