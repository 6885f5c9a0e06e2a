/**
 * The test fixture every spec uses: it fails the test on any console error, uncaught page error or failed
 * request (DESIGN.md, Testing), so a widget that throws or fetches something missing cannot pass.
 *
 * A request the page itself abandons is not a failure: a navigation or reload cancels whatever the old
 * document still had in flight (Chromium reports `net::ERR_ABORTED`, e.g. for the favicon), and a removed
 * frame cancels its own requests. Only those aborts are forgiven; every other failure, and an abort with no
 * navigation after the request started, still fails the test.
 */
import { test as base, expect, type Frame, type Page, type Request } from '@playwright/test';

export const test = base.extend<{ watchdog: void }>({
  watchdog: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      // Main-frame navigations started so far, and how many had started when each request was sent.
      let navigations = 0;
      const sentAt = new WeakMap<Request, number>();
      page.on('request', (req) => {
        sentAt.set(req, navigations);
        if (req.isNavigationRequest() && frameOf(req) === page.mainFrame()) navigations += 1;
      });
      const abandonedByPage = (req: Request): boolean => {
        if (req.failure()?.errorText !== 'net::ERR_ABORTED') return false;
        const navigatedSince = navigations > (sentAt.get(req) ?? navigations);
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
