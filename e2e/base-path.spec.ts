/**
 * Deploying under a sub-path (issue 12, "deploy anywhere static"): one extra build with `--base
 * /continuous-depth/` into dist-base/, served under that sub-path, must load every chapter and every widget
 * page: prerendered text, hydration, the widget itself, and no request outside the sub-path (the watchdog
 * fixture fails the test on any 404 or console error).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { test, expect } from './fixtures';
import { chapterSources } from './chapterSource';

const BASE = '/continuous-depth';
const OUT = 'dist-base';
let origin = '';
let server: ChildProcess | undefined;

/** A port nobody listens on now (the OS picks it), so parallel runs on one machine never share a server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--base', `${BASE}/`, '--outDir', OUT, '--logLevel', 'warn'], { stdio: 'inherit' });
  expect(build.status, 'the build with a base path').toBe(0);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--base', `${BASE}/`, '--outDir', OUT, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`${origin}${BASE}/`).catch(() => null))?.status ?? 0, { timeout: 30_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
});

test('every chapter loads under the sub-path, its links stay inside it', async ({ page }) => {
  test.setTimeout(300_000);
  for (const c of chapterSources()) {
    // The HTML itself holds the chapter (prerendered under the base path), before any script runs.
    const html = await (await fetch(`${origin}${BASE}/${c.slug}`)).text();
    expect(html, `prerendered ${c.slug}`).toMatch(/<h1[^>]*>/);
    await page.goto(`${origin}${BASE}/${c.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: c.title })).toBeVisible();
    await expect(page.locator('figure.widget:not(.widget-placeholder)').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${BASE}/${c.slug}`);
    const hrefs = await page.locator('header a, .prev-next a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const h of hrefs) expect(h.startsWith(`${BASE}/`), h).toBe(true);
  }
});

test('every widget page loads under the sub-path', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(`${origin}${BASE}/widgets`);
  const links = await page.locator('.widget-card-title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThan(10);
  for (const href of links) {
    expect(href.startsWith(`${BASE}/widget/`)).toBe(true);
    await page.goto(`${origin}${href}`);
    await expect(page.locator('figure.widget:not(.widget-placeholder)').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('figure.widget [role="alert"]')).toHaveCount(0);
  }
});

test('an unknown address under the sub-path gets the site’s own 404 page', async ({ page }) => {
  const res = await fetch(`${origin}${BASE}/404.html`);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('Page not found');
  await page.goto(`${origin}${BASE}/no-such-chapter`);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
