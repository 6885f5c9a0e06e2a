/**
 * Every route of the site, read from the sources the site itself is built from (a chapter per
 * `content/en/*.mdx`, a widget page per `app/widgets/<Name>/meta.ts`), so a new chapter or widget is checked
 * without editing a list here. Also: going through a page so that every figure has come on screen.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const root = join(import.meta.dirname, '..');

export const chapterRoutes: string[] = readdirSync(join(root, 'content/en'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `/${f.replace(/\.mdx$/, '')}`);

export const widgetNames: string[] = readdirSync(join(root, 'app/widgets'))
  .map((dir) => join(root, 'app/widgets', dir, 'meta.ts'))
  .filter((p) => existsSync(p))
  .map((p) => /name:\s*'([^']+)'/.exec(readFileSync(p, 'utf8'))?.[1])
  .filter((n): n is string => typeof n === 'string');

export const allRoutes: string[] = ['/', ...chapterRoutes, '/widgets', ...widgetNames.map((n) => `/widget/${n}`)];

/** Routes whose page holds figures: the chapters and the widget pages. */
export const hasFigures = (route: string): boolean => route.startsWith('/widget/') || chapterRoutes.includes(route);

/**
 * Waits for the page's figures (chapters and widget components load lazily), scrolls each into view in
 * turn (widgets start when first on screen), then goes back to the top.
 */
export async function visitEveryFigure(page: Page, route: string): Promise<void> {
  const figures = page.locator('figure.widget');
  // Generous waits: a chapter's widget chunks can take a while on a busy two-core machine.
  if (hasFigures(route)) await expect(figures.first()).toBeAttached({ timeout: 60_000 });
  await expect(page.locator('.widget-loading')).toHaveCount(0, { timeout: 60_000 });
  // Prerendered pages show placeholder figures until React has hydrated and each widget's chunk has loaded;
  // a placeholder is then replaced by the real figure, so wait for that before holding on to any figure.
  await expect(page.locator('.widget-placeholder')).toHaveCount(0, { timeout: 60_000 });
  const n = await figures.count();
  for (let i = 0; i < n; i++) await figures.nth(i).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
}
