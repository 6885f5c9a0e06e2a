/**
 * Where the system Chromium is. Playwright cannot download its own browser here (STACK.md), so tests use
 * Debian's `chromium` package; elsewhere, with no system Chromium, Playwright's own browser is used.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}
