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

/** The Chinese chapters, `/zh/<slug>` for each `content/zh/*.mdx`. */
export const zhChapterRoutes: string[] = existsSync(join(root, 'content/zh'))
  ? readdirSync(join(root, 'content/zh'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `/zh/${f.replace(/\.mdx$/, '')}`)
  : [];

/**
 * Every Chinese page (issue #16): the site has them once it has Chinese chapters (app/shell/chapters.ts,
 * `routedLanguages`): home, chapters, the widget index, references, glossary, each widget's page and embed.
 */
export const zhRoutes: string[] =
  zhChapterRoutes.length === 0
    ? []
    : ['/zh', ...zhChapterRoutes, '/zh/widgets', '/zh/references', '/zh/glossary', ...widgetNames.map((n) => `/zh/widget/${n}`), ...widgetNames.map((n) => `/zh/embed/${n}`)];

/** Routes whose page holds figures: the chapters and the widget pages, in any language. */
export const hasFigures = (route: string): boolean => /^(\/zh)?\/(widget|embed)\//.test(route) || chapterRoutes.includes(route) || zhChapterRoutes.includes(route);

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
