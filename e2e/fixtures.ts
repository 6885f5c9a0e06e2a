/**
 * The test fixture every spec uses: it fails the test on any console error, uncaught page error or failed
 * request (DESIGN.md, Testing), so a widget that throws or fetches something missing cannot pass.
 *
 * A request the page itself abandons is not a failure: a navigation or reload cancels whatever the old
 * document still had in flight (Chromium reports `net::ERR_ABORTED`, e.g. for the favicon), and a removed
 * frame cancels its own requests. Only those aborts are forgiven; every other failure, and an abort with no
 * main-frame navigation under way when the request was sent or started after it, still fails the test.
 */
import { test as base, expect, type Frame, type Page, type Request } from '@playwright/test';

/**
 * Waits until every prerendered placeholder figure has been replaced by its live widget. Pages are
 * prerendered: a chapter arrives with placeholder figures of the same name and size, which React swaps for the
 * real widgets after hydration and once each widget's chunk has loaded. A test that grabs a figure before the
 * swap would hold a detached element, so the reader's page counts as loaded only after it.
 */
async function waitForLiveFigures(page: Page): Promise<void> {
  await expect(page.locator('.widget-placeholder')).toHaveCount(0, { timeout: 60_000 });
}

export const test = base.extend<{ watchdog: void }>({
  page: async ({ page, javaScriptEnabled }, provide) => {
    // With scripts off the placeholders are the page, so there is nothing to wait for.
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        await waitForLiveFigures(page);
        return response;
      };
      const reload = page.reload.bind(page);
      page.reload = async (options) => {
        const response = await reload(options);
        await waitForLiveFigures(page);
        return response;
      };
    }
    await provide(page);
  },
  watchdog: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      // Main-frame navigations started so far, how many had started when each request was sent, and whether
      // one was still on its way then: the old document keeps running until the new one commits, so a request
      // it sends in that gap (a worker script, say) is cancelled by a navigation that started before it.
      let navigations = 0;
      let navigationPending = false;
      const sentAt = new WeakMap<Request, { navigations: number; whilePending: boolean }>();
      page.on('request', (req) => {
        sentAt.set(req, { navigations, whilePending: navigationPending });
        if (req.isNavigationRequest() && frameOf(req) === page.mainFrame()) {
          navigations += 1;
          navigationPending = true;
        }
      });
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigationPending = false;
      });
      const abandonedByPage = (req: Request): boolean => {
        if (req.failure()?.errorText !== 'net::ERR_ABORTED') return false;
        const sent = sentAt.get(req) ?? { navigations, whilePending: false };
        const navigatedSince = navigations > sent.navigations || sent.whilePending;
        return navigatedSince || (frameOf(req)?.isDetached() ?? false);
      };
      page.on('requestfailed', (req) => {
        if (!abandonedByPage(req)) problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
      });
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

/** The frame that sent a request, or null for a worker's own requests (Playwright throws for those). */
function frameOf(req: Request): Frame | null {
  try {
    return req.frame();
  } catch {
    return null;
  }
}

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
