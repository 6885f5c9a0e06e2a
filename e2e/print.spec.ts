/**
 * Print (issue 12, item 6): printing a chapter hides the navigation and every control, and every figure
 * prints a rendering of its current state, solved and never empty, even the ones the reader never scrolled
 * to (widgets start when first on screen; printing counts as on screen, app/runtime/useOnScreen.ts).
 *
 * The page is loaded and left at the top, then switched to print media, as Chromium does for a printout.
 * A figure counts as rendered when it has drawn marks (an SVG mark outside the axes, a canvas with more
 * than one colour, or for a table figure cells with numbers) and says nothing of still loading or computing.
 */
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { chapterRoutes } from './routes';

/** Words the widgets use while they are still loading or computing their first picture (as in motion.spec.ts). */
const LOADING = /Starting|Computing|Solving|Loading|Preparing|Checking|measuring \d/;

/** What a figure shows in print: 'rendered', or why not. */
function printedState(fig: Locator): Promise<string> {
  return fig.evaluate((f, loading) => {
    const visible = (el: Element) => (el as HTMLElement).checkVisibility();
    const text = [...f.querySelectorAll('*')]
      .filter((el) => visible(el) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
      .map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''))
      .join(' ');
    const busy = new RegExp(loading).exec(text);
    if (busy) return `still says "${busy[0]}"`;
    if (f.querySelector('[aria-busy="true"]')) return 'still busy';
    // Data marks: SVG shapes with geometry, not the axes, grid, colour bar or legend swatches.
    const marks = [...f.querySelectorAll('svg path, svg polyline, svg polygon, svg circle, svg rect, svg line')].filter(
      (m) =>
        visible(m) &&
        !m.closest('.plot-axes, .plot-grid, .plot-colorbar, .chart-legend, clipPath, defs') &&
        (m.getAttribute('d') ?? m.getAttribute('points') ?? 'x') !== '' &&
        (m as SVGGraphicsElement).getBBox().width + (m as SVGGraphicsElement).getBBox().height > 0,
    );
    // A canvas with at least two colours has a picture (a cleared or never-drawn canvas has one).
    const painted = [...f.querySelectorAll('canvas')].some((c) => {
      if (!visible(c) || c.width === 0 || c.height === 0) return false;
      const probe = document.createElement('canvas');
      probe.width = Math.min(c.width, 256);
      probe.height = Math.min(c.height, 256);
      const ctx = probe.getContext('2d');
      if (!ctx) return false;
      ctx.drawImage(c, 0, 0, probe.width, probe.height);
      const px = ctx.getImageData(0, 0, probe.width, probe.height).data;
      for (let i = 4; i < px.length; i += 4) if (px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2]) return true;
      return false;
    });
    // A figure that is a table (the network comparison) is rendered when its cells hold numbers.
    const tabulated = [...f.querySelectorAll('table td')].some((td) => visible(td) && /\d/.test(td.textContent ?? ''));
    if (marks.length === 0 && !painted && !tabulated) return 'nothing drawn';
    return 'rendered';
  }, LOADING.source);
}

for (const route of chapterRoutes) {
  test(`${route} prints without navigation or controls, every figure rendered`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto(route);
    await expect(page.locator('main h1')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.toc')).toBeHidden();
    await expect(page.locator('.prev-next')).toBeHidden();
    const figures = await page.locator('figure.widget').all();
    expect(figures.length, `figures on ${route}`).toBeGreaterThan(0);
    for (const fig of figures) {
      const name = await fig.getAttribute('aria-label');
      await expect(fig.locator('button, input, select, textarea').filter({ visible: true }), `controls of "${name}"`).toHaveCount(0);
      // Every figure computes in print, the last ones while the first are still being checked.
      await expect.poll(() => printedState(fig), { message: `"${name}" in print`, timeout: 180_000, intervals: [1000] }).toBe('rendered');
    }
  });
}
