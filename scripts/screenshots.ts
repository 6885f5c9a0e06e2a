/**
 * Regenerates docs/screenshots/: every widget as a reader meets it in its chapter, at desktop (1280 px) and
 * phone (390 px) widths, in light and in dark. Run after `npm run build` (`npm run screenshots` does both):
 *
 *   npm run screenshots                 # all chapters
 *   npm run screenshots -- neural-ode   # one chapter
 *
 * Each widget is scrolled into view (so it starts, as for a reader), given SETTLE_MS to compute its first
 * frames, then photographed as an element. A widget used twice in a chapter gets a numbered second name.
 * The port is SHOT_PORT (default 4174) so it does not collide with a running preview or test server.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable } from './chromium.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'docs/screenshots');
const PORT = Number(process.env.SHOT_PORT ?? 4174);
const BASE = `http://127.0.0.1:${PORT}`;
/** Time a widget gets after it scrolls into view: long enough for a worker to load and draw a first frame. */
const SETTLE_MS = 3500;

interface Config {
  suffix: string;
  width: number;
  height: number;
  scale: number;
  dark: boolean;
  mobile: boolean;
}
const CONFIGS: Config[] = [
  { suffix: 'desktop', width: 1280, height: 900, scale: 1, dark: false, mobile: false },
  { suffix: 'phone', width: 390, height: 844, scale: 2, dark: false, mobile: true },
  { suffix: 'desktop-dark', width: 1280, height: 900, scale: 1, dark: true, mobile: false },
  { suffix: 'phone-dark', width: 390, height: 844, scale: 2, dark: true, mobile: true },
];

/** The chapter slugs, from the files in content/en (the site's own source of truth for routes). */
function chapterSlugs(): string[] {
  return readdirSync(join(ROOT, 'content/en'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort((a, b) => order(a) - order(b));
}
function order(slug: string): number {
  const m = /^order:\s*(\d+)/m.exec(readFileSync(join(ROOT, 'content/en', `${slug}.mdx`), 'utf8'));
  return m ? Number(m[1]) : 99;
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start on ${BASE}`);
}

async function shootChapter(browser: Browser, slug: string, cfg: Config, written: string[]): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: cfg.width, height: cfg.height },
    deviceScaleFactor: cfg.scale,
    isMobile: cfg.mobile,
    hasTouch: cfg.mobile,
    colorScheme: cfg.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  await page.goto(`${BASE}/${slug}`);
  await page.locator('.katex').first().waitFor();
  if (slug === 'ode-basics') {
    await page.waitForTimeout(1500);
    const file = `ode-basics-${cfg.suffix}.png`;
    await page.screenshot({ path: join(OUT, file) });
    written.push(file);
  }
  // The sticky header would be painted over a tall figure's top in the full-page clip: let it scroll away.
  await page.addStyleTag({ content: '.site-header { position: static !important; }' });
  const figures = page.locator('figure.widget[data-widget]');
  await figures.first().waitFor();
  await page.waitForTimeout(500);
  const count = await figures.count();
  const seen = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const fig = figures.nth(i);
    const name = (await fig.getAttribute('data-widget')) ?? `figure-${i}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    await fig.scrollIntoViewIfNeeded();
    await page.waitForTimeout(SETTLE_MS);
    const file = `${name}${n > 1 ? `-${n}` : ''}-${cfg.suffix}.png`;
    // A clip of the page, not an element screenshot: a figure that animates is never "stable" for the latter.
    const box = await fig.boundingBox();
    if (!box) continue;
    const top = await page.evaluate(() => window.scrollY);
    try {
      await page.screenshot({ path: join(OUT, file), fullPage: true, clip: { x: box.x, y: box.y + top, width: box.width, height: box.height }, timeout: 60_000 });
      written.push(file);
    } catch (e) {
      console.error(`${file}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  await context.close();
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const slugs = chapterSlugs().filter((s) => only.length === 0 || only.includes(s));
  mkdirSync(OUT, { recursive: true });
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  const written: string[] = [];
  try {
    await waitForServer();
    const executablePath = chromiumExecutable();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-quic', '--enable-unsafe-swiftshader'] });
    for (const slug of slugs) for (const cfg of CONFIGS) await shootChapter(browser, slug, cfg, written);
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
  console.log(`wrote ${written.length} screenshots to docs/screenshots/:\n${written.join('\n')}`);
}

await main();
