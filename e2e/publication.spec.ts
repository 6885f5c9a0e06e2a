/**
 * The site as a publication (issue 12): chapters readable with JavaScript off, each page's head for link
 * previews, embedding a widget, copying a widget's link, and no layout shift while a chapter loads.
 */
import { test as plainTest } from '@playwright/test';
import { test, expect } from './fixtures';
import { chapterSources } from './chapterSource';

const chapters = chapterSources();

/**
 * Without JavaScript the browser refuses the page's module preloads (Playwright reports them as failed
 * with "csp"), so these tests use a watchdog of their own: every response must succeed.
 */
const noJs = plainTest.extend<{ responses: void }>({
  responses: [
    async ({ page }, use) => {
      const bad: string[] = [];
      page.on('response', (res) => {
        if (res.status() >= 400) bad.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      await use();
      expect(bad).toEqual([]);
    },
    { auto: true },
  ],
});

noJs.describe('with JavaScript disabled', () => {
  noJs.use({ javaScriptEnabled: false });

  for (const c of chapters) {
    noJs(`${c.slug}: the h1, every section heading, the maths and the prose are in the HTML`, async ({ page }) => {
      await page.goto(`/${c.slug}`);
      await expect(page.getByRole('heading', { level: 1, name: c.title })).toBeVisible();
      expect(c.headings.length).toBeGreaterThan(2);
      for (const h of c.headings) await expect(page.getByRole('heading', { name: h, exact: true })).toBeAttached();
      const formulas = page.locator('.katex');
      expect(await formulas.count()).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < 3; i++) await expect(formulas.nth(i)).toBeVisible();
      await expect(page.locator('.katex-error')).toHaveCount(0);
      // textContent: folded DeepDives hold prose too, in the HTML though not on screen until opened.
      const text = ((await page.locator('article.chapter').textContent()) ?? '').replace(/\s+/g, ' ');
      expect(c.proseFragments.length).toBeGreaterThan(20);
      for (const p of c.proseFragments) expect(text, `prose missing: ${p}`).toContain(p);
    });
  }

  noJs('widgets show their title and caption in a box of their size', async ({ page }) => {
    await page.goto('/ode-basics');
    const fig = page.getByRole('figure', { name: 'ODE playground' }).first();
    await expect(fig).toBeVisible();
    await expect(fig.locator('figcaption')).not.toBeEmpty();
    expect((await fig.boundingBox())!.height).toBeGreaterThan(300);
  });
});

test.describe('page head', () => {
  for (const c of chapters) {
    test(`${c.slug}: title, description, canonical link and a preview image that loads`, async ({ page }) => {
      await page.goto(`/${c.slug}`);
      await expect(page).toHaveTitle(new RegExp(`^${c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      const meta = (prop: string) => page.locator(`meta[property="${prop}"]`);
      await expect(meta('og:title')).toHaveAttribute('content', new RegExp(c.title.slice(0, 20)));
      await expect(meta('og:description')).toHaveAttribute('content', c.summary);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', c.summary);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!, page.url()).pathname).toBe(`/${c.slug}`);
      const image = await meta('og:image').getAttribute('content');
      const res = await page.request.get(new URL(image!, page.url()).href);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      // Each chapter has a card of its own.
      expect(new URL(image!, page.url()).pathname).toBe(`/og/${c.slug}.png`);
    });
  }
});

test.describe('embedding and sharing', () => {
  test('/embed/ode-playground in a 600×400 iframe shows the plot and its controls, no site header', async ({ page }) => {
    await page.goto('/');
    await page.setContent('<iframe src="/embed/ode-playground?eq=vanderpol&method=dopri5&tol=-5" width="600" height="400" style="border:0" title="embedded"></iframe>');
    const frame = page.frameLocator('iframe');
    const fig = frame.getByRole('figure', { name: 'ODE playground' });
    await expect(fig.getByRole('group', { name: /Phase plane of/ })).toBeVisible();
    await expect(fig.getByRole('radio', { name: 'Dopri5' })).toBeChecked();
    await expect(fig.getByLabel('Equation')).toHaveValue('vanderpol');
    await expect(frame.locator('.site-header')).toHaveCount(0);
    await expect(frame.getByRole('banner')).toHaveCount(0);
    await expect(frame.getByRole('link', { name: /chapter 1/i })).toHaveAttribute('href', '/ode-basics');
    // Nothing wider than the frame.
    const widths = await page.frames()[1].evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });

  test('"Copy link" puts the address of the current state on the clipboard, and it opens that state', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/ode-basics');
    const fig = page.getByRole('figure', { name: 'ODE playground' }).first();
    await fig.getByRole('radio', { name: 'Midpoint' }).check();
    await fig.getByRole('button', { name: 'Copy link' }).click();
    await expect(fig.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(copied);
    expect(url.origin).toBe(new URL(page.url()).origin);
    expect(url.pathname).toBe('/widget/ode-playground');
    expect(url.searchParams.get('method')).toBe('midpoint');
    await page.goto(copied);
    await expect(page.getByRole('figure', { name: 'ODE playground' }).getByRole('radio', { name: 'Midpoint' })).toBeChecked();
  });

  test('"Embed" offers an iframe snippet of the chromeless page in the current state', async ({ page }) => {
    await page.goto('/ode-basics');
    const fig = page.getByRole('figure', { name: 'ODE playground' }).first();
    await fig.getByRole('radio', { name: 'RK4' }).check();
    await fig.getByRole('button', { name: 'Embed' }).click();
    const code = fig.getByRole('textbox', { name: /Embed code/ });
    await expect(code).toHaveValue(/^<iframe src="http:\/\/[^"]+\/embed\/ode-playground\?[^"]*method=rk4[^"]*" title="ODE playground" width="600" height="400"/);
  });
});

test.describe('layout shift', () => {
  for (const c of chapters) {
    test(`${c.slug}: the cumulative layout shift while it loads is at most 0.05`, async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`/${c.slug}`);
      // Every widget has mounted in place of its placeholder, and what they fetch has arrived.
      await expect(page.locator('.widget-placeholder')).toHaveCount(0, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      expect(cls).toBeLessThanOrEqual(0.05);
    });
  }
});
