/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds no violation on any route, at desktop and phone
 * widths (the two projects), in light and dark. One page load per route and project: the colour scheme is
 * switched on the loaded page, which re-applies the stylesheet's dark palette without a reload. Figures are
 * scrolled into view first so every widget has mounted its controls and plots; the page is loaded with
 * reduced motion, so nothing trains meanwhile on a busy machine (the controls and plots are the same).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { allRoutes, visitEveryFigure } from './routes';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? v.help}`));
}

test.describe('axe finds no WCAG A/AA violation @phone', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const route of allRoutes) {
    test(`${route} in light and dark`, async ({ page }) => {
      test.setTimeout(300_000); // axe's colour-contrast pass over a chapter's KaTeX is slow on a busy 2-core machine
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(route);
      await expect(page.locator('main h1, main figure.widget').first()).toBeVisible();
      await visitEveryFigure(page, route);
      // Every figure has its plots or canvases by now (a widget that is still loading shows none).
      for (const fig of await page.locator('figure.widget').all()) await expect(fig.locator('svg, canvas, table').first()).toBeAttached();
      expect(await violations(page), `${route}, light`).toEqual([]);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(background).not.toBe(light);
      expect(await violations(page), `${route}, dark`).toEqual([]);
    });
  }
});
