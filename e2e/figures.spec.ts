/**
 * Figures as a reader sees them (issue 10): chart text styled by the kit on every route loaded directly
 * (not through in-app navigation), at 1280 and 390 px, light and dark; multi-panel figures wider than the
 * text column on a wide screen; no build or machine details in the reader's view (file paths, Node versions,
 * renderer strings), which stay available in a closed "About this figure".
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Every chapter (from the home page's list) and every widget page (from /widgets), as the site links them. */
async function routes(page: Page): Promise<string[]> {
  await page.goto('/');
  await expect(page.locator('.chapter-list a').first()).toBeVisible();
  const chapters = await page.locator('.chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await page.goto('/widgets');
  await expect(page.locator('a[href^="/widget/"]').first()).toBeVisible();
  const widgets = await page.locator('a[href^="/widget/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))]);
  expect(chapters.length).toBeGreaterThanOrEqual(5);
  expect(widgets.length).toBeGreaterThanOrEqual(10);
  return [...chapters, ...widgets];
}

/** Scrolls every figure into view, so each starts as it would for a reader, and waits for it to draw. */
async function visitFigures(page: Page): Promise<number> {
  const figures = page.locator('figure.widget');
  await expect(figures.first(), `a figure on ${page.url()}`).toBeVisible({ timeout: 60_000 });
  // Prerendered pages show placeholder figures until React has hydrated and each widget's chunk has loaded;
  // a placeholder is then replaced by the real figure, so wait for that before holding on to any figure.
  await expect(page.locator('.widget-placeholder')).toHaveCount(0, { timeout: 60_000 });
  const n = await figures.count();
  for (let i = 0; i < n; i++) await figures.nth(i).scrollIntoViewIfNeeded();
  return n;
}

interface TextStyle {
  text: string;
  family: string;
  /** Font size as drawn on screen: the computed size times the SVG's scale. */
  px: number;
  contrast: number;
}

/** Style of every visible text element in a figure's SVG charts, with its contrast against what is behind it. */
function chartTextStyles(page: Page): Promise<TextStyle[]> {
  return page.evaluate(() => {
    const rgb = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element): number[] => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0.5) return c;
      }
      return rgb(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
    };
    const out: TextStyle[] = [];
    for (const t of document.querySelectorAll<SVGTextElement>('figure.widget svg text')) {
      if (!t.textContent?.trim() || !t.checkVisibility() || t.getBBox().width === 0) continue;
      const cs = getComputedStyle(t);
      const ctm = t.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      const fill = rgb(cs.fill);
      const bg = background(t);
      const [hi, lo] = fill ? [lum(fill), lum(bg)].sort((a, b) => b - a) : [1, 0];
      out.push({ text: t.textContent.trim(), family: cs.fontFamily, px: parseFloat(cs.fontSize) * scale, contrast: (hi + 0.05) / (lo + 0.05) });
    }
    return out;
  });
}

/** Widget pages whose figures hold no SVG chart (the comparison tables; plane warp's canvases). */
const CHARTLESS = ['/widget/network-comparison', '/widget/plane-warp'];

/** Visible text on the page outside closed <details>, joined: what a reader actually sees. */
function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('details:not([open]) > :not(summary)') || !el.checkVisibility()) continue;
      parts.push(n.textContent ?? '');
    }
    return parts.join(' ');
  });
}

/** Build and machine details a reader should not meet outside a closed disclosure. */
const BUILD_DETAILS = [/\bscripts\/[\w./-]+/, /\b[\w/-]+\.tsx?\b/, /\bapp\/[\w/]+/, /\bNode(?:\.js)? v?\d+\.\d+/, /ANGLE \(|SwiftShader Device|Vulkan \d/, /\bnpx \w+/];

async function expectKitText(page: Page, route: string, theme: string): Promise<void> {
  const styles = await chartTextStyles(page);
  expect(styles.length, `${route}, ${theme}`).toBeGreaterThan(0);
  for (const s of styles) {
    expect(s.family, `${route}, ${theme}: "${s.text}" font`).toMatch(/^system-ui/);
    expect(s.px, `${route}, ${theme}: "${s.text}" size`).toBeGreaterThanOrEqual(11 - 0.05);
    expect(s.contrast, `${route}, ${theme}: "${s.text}" contrast`).toBeGreaterThanOrEqual(4.5);
  }
}

/*
 * One page load per route and width: the light check, then the colour scheme switched on the loaded page (the
 * stylesheets' dark palette applies without a reload) and the dark check. At 1280 px the same load also checks
 * the reader's view, once the figures' status lines and precomputed tables have filled in.
 */
for (const width of [1280, 390]) {
  test.describe(`chart text at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 900 : 844 }, colorScheme: 'light', isMobile: width < 600, hasTouch: width < 600 });
    test(`every route, loaded directly, light and dark: kit font, at least 11 px, contrast at least 4.5:1${width > 600 ? "; no build details in the reader's view" : ''}`, async ({ page }) => {
      test.setTimeout(900_000);
      for (const route of await routes(page)) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(route);
        await visitFigures(page);
        // Charts draw once their widget has started (workers, data); wait for the first tick label. The two
        // figures without axes (a table; canvases of a warped plane) have no chart text to check.
        const charted = !CHARTLESS.includes(route);
        if (charted) {
          await expect(page.locator('figure.widget svg .plot-tick').first(), `${route}: a chart with kit ticks`).toBeAttached({ timeout: 30_000 });
          await expectKitText(page, route, 'light');
        }
        // Status lines and precomputed tables fill in once workers and fetches finish; this also lets started
        // workers finish loading before the next navigation aborts them.
        await page.waitForLoadState('networkidle');
        if (width > 600) {
          const text = await readerText(page);
          for (const re of BUILD_DETAILS) expect(re.exec(text)?.[0], `${route} shows ${re}`).toBeUndefined();
        }
        if (charted) {
          const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          await page.emulateMedia({ colorScheme: 'dark' });
          await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(light);
          await expectKitText(page, route, 'dark');
        }
      }
    });
  });
}

test.describe('a wide screen', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });
  test("the spiral trainer's figure is wider than the text column and each of its four plots is at least 340 px", async ({ page }) => {
    await page.goto('/neural-ode');
    const fig = page.locator('figure[data-widget="spiral-trainer"]');
    await fig.scrollIntoViewIfNeeded();
    const plots = fig.locator('.st-panel:not(.st-wide) svg');
    await expect(plots).toHaveCount(4, { timeout: 30_000 });
    const column = await page.locator('article.chapter > p').first().evaluate((p) => p.getBoundingClientRect().width);
    const figWidth = await fig.evaluate((f) => f.getBoundingClientRect().width);
    expect(figWidth).toBeGreaterThan(column + 100);
    expect(figWidth).toBeLessThanOrEqual(1600);
    for (const w of await plots.evaluateAll((ss) => ss.map((s) => s.getBoundingClientRect().width))) expect(w).toBeGreaterThanOrEqual(340);
  });
});

test.describe("the reader's view", () => {
  test('the details are still there, in a closed "About this figure"', async ({ page }) => {
    await page.goto('/widget/network-comparison');
    const about = page.locator('figure.widget details.about-figure');
    await expect(about).toBeAttached({ timeout: 30_000 });
    await expect(about).not.toHaveAttribute('open', /.*/);
    await expect(about.locator('summary')).toHaveText('About this figure');
    await about.locator('summary').click();
    await expect(about).toContainText('scripts/', { timeout: 30_000 });
  });
});
