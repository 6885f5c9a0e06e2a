/**
 * Equations, code and tables are never clipped (DESIGN.md, Figures: Equations): at 1280 px every display
 * equation fits the column; on a phone a wide one scrolls inside a focusable, labelled region that shows a
 * fade on the side with more, scrolls with the keyboard, and the page itself never scrolls sideways.
 */
import { test, expect, expectMathTypeset } from './fixtures';
import { chapterRoutes } from './routes';

test.describe('at desktop width', () => {
  for (const route of chapterRoutes) {
    test(`no display equation on ${route} is wider than the column`, async ({ page }) => {
      await page.goto(route);
      await expectMathTypeset(page);
      const over = await page.locator('.katex-display').evaluateAll((els) =>
        els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => `${e.scrollWidth} > ${e.clientWidth}: ${e.querySelector('annotation')?.textContent?.slice(0, 60)}`),
      );
      expect(over).toEqual([]);
    });
  }
});

test.describe('on a phone @phone-only', () => {
  for (const route of chapterRoutes) {
    test(`wide content on ${route} scrolls in its own region, not the page`, async ({ page }) => {
      await page.goto(route);
      await expectMathTypeset(page);
      const wide = page.locator('.scroll-x-inner').filter({ has: page.locator(':scope > *') });
      // Every region whose content is wider than itself is reachable by keyboard, with a role and a name.
      await expect
        .poll(() =>
          wide.evaluateAll((els) =>
            els.filter((e) => e.scrollWidth > e.clientWidth + 1 && !(e.getAttribute('tabindex') === '0' && e.getAttribute('role') && e.getAttribute('aria-label'))).length,
          ),
        )
        .toBe(0);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
    });
  }

  test('a wide equation shows a fade on the side with more, and scrolls with the arrow keys', async ({ page }) => {
    await page.goto('/normalizing-flows');
    await expectMathTypeset(page);
    // Pin one element: a locator's `.first()` re-resolves on every call, so as fonts and figures settle it could
    // focus one region and read another.
    const region = await page.getByRole('group', { name: 'Wide equation, scrolls sideways' }).first().elementHandle();
    if (!region) throw new Error('no wide equation region on /normalizing-flows at phone width');
    await region.scrollIntoViewIfNeeded();
    const mask = () => region.evaluate((e) => getComputedStyle(e).maskImage);
    await expect.poll(mask).toContain('linear-gradient');
    const scrollLeft = () => region.evaluate((e) => e.scrollLeft);
    // The arrow key scrolls the region that has the focus. Each attempt re-checks the focus first, so a key that
    // went elsewhere (focus taken by a late re-render) shows up as "not focused", not as a silent no-op.
    await expect(async () => {
      await region.focus();
      expect(await region.evaluate((e) => document.activeElement === e), 'the region has the focus').toBe(true);
      await page.keyboard.press('ArrowRight');
      await expect.poll(scrollLeft, { timeout: 3_000 }).toBeGreaterThan(0);
    }).toPass();
    // At the far end the fade moves to the left edge, where the rest now is.
    await region.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
    await expect.poll(() => region.evaluate((e) => e.parentElement?.hasAttribute('data-more-left') && !e.parentElement.hasAttribute('data-more-right'))).toBe(true);
  });
});
