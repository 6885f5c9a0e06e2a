/**
 * The test fixture every spec uses: it fails the test on any console error, uncaught page error or failed
 * request (DESIGN.md, Testing), so a widget that throws or fetches something missing cannot pass.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ watchdog: void }>({
  watchdog: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      await use();
      expect(problems, 'console errors, page errors and failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until KaTeX has typeset at least one formula on the page. */
export async function expectMathTypeset(page: Page): Promise<void> {
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.locator('.katex-error')).toHaveCount(0);
}
