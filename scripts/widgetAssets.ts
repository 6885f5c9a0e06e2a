/**
 * Measures and pictures every widget in the built site (run `npm run build` first, then
 * `npm run widget-assets`, then build again so the sizes are compiled in):
 *
 * - `app/mdx/widgetSizes.json`: the height of every widget once mounted and computed, per size key (its name
 *   and layout props, see WidgetPlaceholder.tsx) in the chapters, and as `page:<name>` on its own page, at the
 *   three layout widths of app/shell/styles.css (1280 px → wide, 900 px → column, 390 px → phone). The
 *   placeholders reserve these heights, so the prerendered text does not move when a widget mounts.
 * - `public/previews/<name>.png`: a small picture (about 450×280) of the top of each widget on its own page,
 *   for /widgets; and the page's wide height as `page:<name>`.
 *
 * It serves dist/ with `vite preview` on PORT (default 4299) and drives the system Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { collectChapters } from './vite/chaptersPlugin.ts';
import { chromiumExecutable } from './chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 4299);
const WIDTHS = { wide: 1280, column: 900, phone: 390 } as const;
type Band = keyof typeof WIDTHS;

/** Waits until no widget is a placeholder, scrolls each into view so it computes, then waits a moment more. */
async function settle(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.widget-placeholder').length === 0, null, { timeout: 60_000 });
  const n = await page.locator(selector).count();
  for (let i = 0; i < n; i++) {
    await page.locator(selector).nth(i).scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
  }
  await page.waitForFunction(() => document.querySelectorAll('.widget-placeholder').length === 0, null, { timeout: 60_000 });
  await page.waitForTimeout(2500);
}

async function main() {
  const server = await preview({ root, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--disable-quic', '--enable-unsafe-swiftshader'] });
  const sizes: Record<string, Partial<Record<Band, number>>> = {};
  const record = (key: string, band: Band, h: number) => {
    const entry = (sizes[key] ??= {});
    entry[band] = Math.max(entry[band] ?? 0, Math.round(h));
  };
  try {
    // Widget pages at the wide width only, at half resolution: the measured heights are CSS pixels, and
    // the top of the figure, 16:10, is the preview (about 450 px wide).
    const page = await browser.newPage({ viewport: { width: WIDTHS.wide, height: 900 }, deviceScaleFactor: 0.5 });
    await page.goto(`${base}/widgets`);
    const widgetNames = await page.locator('.widget-card-title').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split('/').at(-1) ?? ''));
    mkdirSync(join(root, 'public/previews'), { recursive: true });
    for (const name of widgetNames) {
      await page.goto(`${base}/widget/${name}`);
      await settle(page, 'figure.widget');
      const fig = page.locator('figure.widget').first();
      await fig.scrollIntoViewIfNeeded();
      const b = (await fig.boundingBox())!;
      record(`page:${name}`, 'wide', b.height);
      await page.screenshot({ path: join(root, 'public/previews', `${name}.png`), clip: { x: b.x, y: b.y, width: b.width, height: b.width * 0.625 } });
      console.log(`wide page:${name}=${Math.round(b.height)}`);
    }
    await page.close();
    const chapters = collectChapters(join(root, 'content')).filter((c) => c.lang === 'en');
    for (const [band, width] of Object.entries(WIDTHS) as [Band, number][]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const c of chapters) {
        await page.goto(`${base}/${c.slug}`);
        await settle(page, '.widget-slot');
        const found = await page.$$eval('.widget-slot', (slots) => slots.map((s) => ({ key: (s as HTMLElement).dataset.sizeKey ?? '', h: s.firstElementChild?.getBoundingClientRect().height ?? 0 })));
        for (const f of found) record(f.key, band, f.h);
        console.log(`${band} ${c.slug}: ${found.map((f) => `${f.key}=${Math.round(f.h)}`).join(', ')}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
  const sorted = Object.fromEntries(Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(root, 'app/mdx/widgetSizes.json'), JSON.stringify(sorted, null, 2) + '\n');
  console.log(`wrote app/mdx/widgetSizes.json (${Object.keys(sorted).length} keys) and public/previews/`);
}

await main();
