/**
 * High-density screens (DESIGN.md, Figures: Canvases): every canvas in every chapter has a backing store
 * of at least devicePixelRatio × its CSS width, or its figure's status line names the cap. Desktop runs at
 * deviceScaleFactor 2; the phone project's Pixel 7 is 2.625, above the particle view's GPU cap of 2.
 */
import { test, expect } from './fixtures';
import { chapterRoutes, visitEveryFigure } from './routes';

test.describe('canvases are sharp on high-density screens @phone', () => {
  test.use({ deviceScaleFactor: 2, reducedMotion: 'reduce' });
  for (const route of chapterRoutes) {
    test(`every canvas on ${route}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(route);
      await visitEveryFigure(page, route);
      const ratio = await page.evaluate(() => window.devicePixelRatio);
      expect(ratio).toBeGreaterThanOrEqual(2);
      for (const fig of await page.locator('figure.widget').all()) {
        const name = await fig.getAttribute('aria-label');
        for (const canvas of await fig.locator('canvas').all()) {
          await expect
            .poll(
              async () => {
                const { width, css } = await canvas.evaluate((c: HTMLCanvasElement) => ({ width: c.width, css: c.clientWidth }));
                if (css === 0) return 'not laid out';
                if (width >= Math.floor(ratio * css)) return 'sharp';
                const status = (await fig.locator('.widget-status').textContent()) ?? '';
                return /pixel density/.test(status) ? 'capped, and said so' : `${width} device pixels for ${css} CSS pixels`;
              },
              { message: `a canvas of "${name}"` },
            )
            .toMatch(/^(sharp|capped, and said so)$/);
        }
      }
    });
  }
});
