/**
 * A chapter's formulas are not in its script (scripts/vite/rehypeMaths.ts): a prerendered page hands its own
 * typeset formulas to React, and a chapter reached by a client-side link imports its formula table. Either
 * way the reader sees every formula, typeset, and never one from another chapter.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Requests for formula tables (chunks named `chapter-formulas-<lang>-<slug>-<hash>.js`). */
function tableRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (/chapter-formulas-/.test(r.url())) seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

/** The TeX source of each formula of a route's prerendered HTML, in order, as the browser parses that HTML. */
async function servedFormulas(page: Page, route: string): Promise<string[]> {
  const html = await (await page.request.get(route)).text();
  return page.evaluate((h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('[data-maths] annotation')].map((a) => a.textContent ?? ''), html);
}

/** Each formula of the article: its index, and whether it holds KaTeX's MathML and its visible markup. */
const formulasOf = (page: Page) =>
  page.locator('article.chapter [data-maths]').evaluateAll((els) =>
    els.map((el) => ({ i: (el as HTMLElement).dataset.maths, mathml: !!el.querySelector('.katex-mathml math'), html: !!el.querySelector('.katex-html .base') })),
  );

test('a prerendered chapter keeps its own formulas and downloads no formula table', async ({ page }) => {
  const tables = tableRequests(page);
  await page.goto('/ode-basics');
  const served = await servedFormulas(page, '/ode-basics');
  expect(served.length).toBeGreaterThan(20);
  await expect(page.locator('.chapter-kicker')).toBeVisible();
  const formulas = await formulasOf(page);
  expect(formulas.map((f) => f.i)).toEqual(served.map((_, i) => String(i)));
  expect(formulas.every((f) => f.mathml && f.html)).toBe(true);
  // After hydration each formula is still the one the server sent, in the same place.
  expect(await page.locator('article.chapter [data-maths] annotation').allTextContents()).toEqual(served);
  expect(tables).toEqual([]);
});

test('a chapter reached by a link in the page imports its formulas and shows them all', async ({ page }) => {
  const tables = tableRequests(page);
  await page.goto('/ode-basics');
  const expected = await servedFormulas(page, '/resnet-to-ode');
  await page.locator('.prev-next a[rel="next"]').click();
  await expect(page).toHaveURL(/\/resnet-to-ode$/);
  await expect(page.locator('article.chapter[data-chapter="en/resnet-to-ode"]')).toBeVisible();
  await expect.poll(async () => (await formulasOf(page)).filter((f) => f.mathml && f.html).length).toBe(expected.length);
  // The same formulas as the prerendered page of that chapter, in the same order: none from chapter 1.
  const shown = await page.locator('article.chapter [data-maths] annotation').allTextContents();
  expect(shown).toEqual(expected);
  expect(tables).toEqual([expect.stringMatching(/chapter-formulas-en-resnet-to-ode-/)]);
});
