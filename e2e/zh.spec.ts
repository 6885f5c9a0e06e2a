/**
 * The Chinese edition (issue #16), as a reader meets it:
 *
 * - every /zh page (e2e/routes.ts, `zhRoutes`) loads with no console error or failed request (the fixture's
 *   watchdog), says `<html lang="zh-Hans">`, and links its English version both ways (hreflang);
 * - its visible text is Chinese, apart from maths, code and what is marked as another language (paper titles and
 *   authors carry `lang="en"`, the switch's "English" too). Measure: among the letters of the visible text
 *   (Han characters and Latin letters; digits, symbols and punctuation are not letters), the share of Han.
 *   Threshold 0.6: an English page scores 0; a Chinese page of this site scores about 0.8–0.95, the rest being
 *   names and symbols the translation keeps in Latin script (Dopri5, NFE, rtol, torchdiffeq, ResNet, tfjs);
 *   a page with one English paragraph of a few hundred letters among Chinese ones falls well below 0.6.
 *   Widgets are measured on their own (their text is their strings tables', not the chapter's);
 * - each widget's own text (labels, buttons, readouts, legends, axis titles) is Chinese by the same measure, at
 *   0.4: a control panel holds proportionally more symbols and names (x₀, RK4, Dopri5, rtol, NFE, tanh) than prose;
 * - the language switch in the header takes a reader from a section of an English chapter to the same section
 *   of the Chinese one and back, and from a widget's page to its Chinese page with the widget's state intact.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hasFigures, visitEveryFigure, widgetNames, zhChapterRoutes, zhRoutes } from './routes';

const PAGE_THRESHOLD = 0.6;
const WIDGET_THRESHOLD = 0.4;

/** Han and Latin letters of the visible text under `root`, outside maths, code and foreign-language elements. */
async function letters(page: Page, rootSelector: string, skipSelector: string): Promise<{ han: number; latin: number; sample: string }> {
  return page.evaluate(
    ({ rootSelector, skipSelector }) => {
      const roots = [...document.querySelectorAll(rootSelector)];
      const skip = `.katex, code, pre, script, style, [aria-hidden="true"], [lang]:not([lang^="zh"]), ${skipSelector}`;
      let han = 0;
      let latin = 0;
      const latinWords: string[] = [];
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const parent = n.parentElement;
          if (!parent || parent.closest(skip) || !parent.checkVisibility({ visibilityProperty: true })) continue;
          const text = n.textContent ?? '';
          han += (text.match(/\p{Script=Han}/gu) ?? []).length;
          const words = text.match(/\p{Script=Latin}+/gu) ?? [];
          latin += words.join('').length;
          latinWords.push(...words);
        }
      }
      return { han, latin, sample: [...new Set(latinWords)].slice(0, 40).join(' ') };
    },
    { rootSelector, skipSelector },
  );
}

const share = ({ han, latin }: { han: number; latin: number }) => han / Math.max(1, han + latin);

test.describe('the Chinese edition', () => {
  test.skip(zhRoutes.length === 0, 'no Chinese chapters in content/zh');

  for (const route of zhRoutes) {
    test(`${route} loads in Chinese, with its English version linked`, async ({ page }) => {
      await page.goto(route);
      if (hasFigures(route)) await visitEveryFigure(page, route);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      if (!route.startsWith('/zh/embed/')) {
        await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', route.replace(/^\/zh(\/|$)/, '/'));
        await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute('href', route);
      }
      await expect(page.getByRole('link', { name: 'English', exact: true })).toBeVisible();
      // The page's own text, widgets aside (measured on their own below).
      const m = await letters(page, 'body', '.widget');
      // An embed's own text is one line (the link back to its chapter, 15–30 characters); other pages have prose.
      expect(m.han, 'Chinese characters on the page').toBeGreaterThan(route.startsWith('/zh/embed/') ? 5 : 20);
      expect(share(m), `share of Chinese among letters (Latin words: ${m.sample})`).toBeGreaterThanOrEqual(PAGE_THRESHOLD);
    });
  }

  for (const name of widgetNames) {
    test(`/zh/widget/${name}: the widget's own text is Chinese`, async ({ page }) => {
      await page.goto(`/zh/widget/${name}`);
      const fig = page.locator('figure.widget').first();
      await expect(fig).toBeVisible();
      try {
        // Readouts fill in once the widget has computed: poll.
        await expect.poll(async () => share(await letters(page, 'figure.widget', '.widget-placeholder'))).toBeGreaterThanOrEqual(WIDGET_THRESHOLD);
      } catch (e) {
        const m = await letters(page, 'figure.widget', '.widget-placeholder');
        throw new Error(`${(e as Error).message}\n${name}: ${m.han} Han, ${m.latin} Latin letters; Latin words: ${m.sample}`, { cause: e });
      }
    });
  }
});

/** Scrolls a heading to the top of the window and waits until it stays in the top quarter (the section being read). */
async function scrollToSection(page: Page, id: string): Promise<void> {
  await expect
    .poll(() =>
      page.locator(`[id="${id}"]`).evaluate((h) => {
        h.scrollIntoView();
        const top = h.getBoundingClientRect().top;
        return top >= 0 && top <= innerHeight / 4;
      }),
    )
    .toBe(true);
}

/**
 * Clicks a link where it is on screen, as a reader's mouse does. (Playwright's `click` first scrolls the element
 * "into view", and for the sticky header that moves the page, and with it the section being read.)
 */
async function clickInPlace(page: Page, name: string): Promise<void> {
  const link = page.getByRole('link', { name, exact: true });
  await expect(link).toBeInViewport();
  const box = (await link.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The index of the heading with this id among the chapter's h2/h3 headings (−1 if absent). */
const sectionIndex = (page: Page, id: string) => page.evaluate((id) => [...document.querySelectorAll('article.chapter :is(h2, h3)')].findIndex((h) => h.id === id), id);

test.describe('the language switch @phone', () => {
  test.skip(zhChapterRoutes.length === 0, 'no Chinese chapters in content/zh');

  test('from a section of an English chapter to the same section in Chinese, and back', async ({ page }) => {
    const slug = zhChapterRoutes.includes('/zh/ode-basics') ? 'ode-basics' : zhChapterRoutes[0].slice(4);
    await page.goto(`/${slug}`);
    // Every figure started (widgets settle their size once they have computed), as after a reader's first pass.
    await visitEveryFigure(page, `/${slug}`);
    // The reader scrolls (no hash in the address) to a section in the middle of the chapter, one long enough
    // that the next heading is at least half a screen further down (so it is unmistakably the one being read).
    const ids = await page.locator('article.chapter :is(h2, h3)[id]').evaluateAll((hs) => {
      const tops = hs.map((h) => h.getBoundingClientRect().top);
      return hs.filter((_, i) => i + 1 < hs.length && tops[i + 1] - tops[i] > innerHeight / 2).map((h) => h.id);
    });
    expect(ids.length).toBeGreaterThan(2);
    const id = ids[Math.floor(ids.length / 2)];
    await scrollToSection(page, id);
    await expect(page).toHaveURL(new RegExp(`/${slug}$`));
    const index = await sectionIndex(page, id);

    await clickInPlace(page, '中文');
    await expect(page).toHaveURL(new RegExp(`/zh/${slug}#${id}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const zhHeading = page.locator(`[id="${id}"]`);
    await expect(zhHeading).toBeInViewport();
    await expect(zhHeading).toHaveText(/\p{Script=Han}/u);
    expect(await sectionIndex(page, id)).toBe(index);

    // Further on, then back to English: the section the reader is in now.
    const later = ids[Math.min(ids.length - 1, Math.floor(ids.length / 2) + 1)];
    await visitEveryFigure(page, `/zh/${slug}`);
    await scrollToSection(page, later);
    await clickInPlace(page, 'English');
    await expect(page).toHaveURL(new RegExp(`/${slug}#${later}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator(`[id="${later}"]`)).toBeInViewport();
  });

  test('at the top of a chapter it goes to the top of the other one', async ({ page }) => {
    const route = zhChapterRoutes[0];
    await page.goto(route.slice(3));
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${route}$`));
  });

  test('from a widget page to the Chinese one, with the widget in the same state', async ({ page }) => {
    await page.goto('/widget/ode-playground?eq=vanderpol&method=dopri5&tol=-5&y0=1_0_-2_2');
    const fig = page.locator('figure.widget');
    // The reader moves an initial value: the state in the address changes.
    await fig.getByRole('slider').first().focus();
    await page.keyboard.press('ArrowUp');
    await expect(page).not.toHaveURL(/[?]eq=vanderpol&method=dopri5&tol=-5&y0=1_0_-2_2$/);
    const query = new URL(page.url()).search;
    const moved = await fig.getByRole('slider').first().inputValue();
    const checked = await fig.locator('input[type="radio"]:checked').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).value));

    await page.getByRole('link', { name: '中文', exact: true }).click();
    await expect(page).toHaveURL(`/zh/widget/ode-playground${query}`);
    const zhFig = page.locator('figure.widget');
    await expect(zhFig.locator('select').first()).toHaveValue('vanderpol');
    await expect(zhFig.getByRole('slider').first()).toHaveValue(moved);
    expect(await zhFig.locator('input[type="radio"]:checked').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).value))).toEqual(checked);

    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(`/widget/ode-playground${query}`);
  });

  test('an embed switches in its frame and keeps its state', async ({ page }) => {
    await page.goto('/embed/ode-playground?eq=vanderpol&method=dopri5');
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await expect(page).toHaveURL(/\/zh\/embed\/ode-playground\?eq=vanderpol&method=dopri5/);
    await expect(page.locator('figure.widget select').first()).toHaveValue('vanderpol');
  });

  test('is a link the keyboard reaches, labelled in the language it leads to', async ({ page }) => {
    await page.goto('/zh');
    const toEnglish = page.getByRole('link', { name: 'English', exact: true });
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    await toEnglish.focus();
    await expect(toEnglish).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('link', { name: '中文', exact: true })).toHaveAttribute('lang', 'zh-Hans');
  });
});
