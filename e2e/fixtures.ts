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

/**
 * Reads a number written in the chart kit's notation (app/render/plot/format.ts): "0.25", "−2.5", "10⁻⁵",
 * "5.36 × 10⁻⁴". NaN when the text holds no number.
 */
export function parseKitNumber(text: string | null | undefined): number {
  const sup: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };
  const m = /(−|-)?(?:(\d+(?:\.\d+)?)(?:\s*×\s*10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))?|10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))/.exec((text ?? '').trim());
  if (!m) return NaN;
  const sign = m[1] ? -1 : 1;
  const exp = (s: string) => Number([...s].map((c) => sup[c]).join(''));
  if (m[4] !== undefined) return sign * 10 ** exp(m[4]);
  return sign * Number(m[2]) * (m[3] !== undefined ? 10 ** exp(m[3]) : 1);
}
