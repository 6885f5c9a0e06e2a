import { test, expect } from './fixtures';

test.describe('the site shell @phone', () => {
  test('home page says what the site is and lists the chapters', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Continuous Depth' })).toBeVisible();
    const chapters = page.getByRole('list').filter({ has: page.getByRole('link') }).first();
    await expect(chapters.getByRole('link').first()).toBeVisible();
  });

  test('a chapter opens from the home page, with its maths typeset', async ({ page }) => {
    await page.goto('/');
    await page.locator('.chapter-list a').first().click();
    await expect(page.locator('article.chapter h1')).toBeVisible();
    await expect(page.locator('.katex').first()).toBeVisible();
  });

  test('an unknown address shows a helpful 404 with the chapters', async ({ page }) => {
    await page.goto('/no-such-chapter');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.locator('.not-found a').first()).toBeVisible();
  });

  test('an unknown widget says so', async ({ page }) => {
    await page.goto('/widget/no-such-widget');
    await expect(page.getByText('There is no widget with this name.')).toBeVisible();
  });
});

test.describe('on a phone @phone-only', () => {
  test('no chapter scrolls sideways', async ({ page }) => {
    await page.goto('/');
    const hrefs = await page.locator('.chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    for (const href of hrefs) {
      await page.goto(href);
      await expect(page.locator('figure.widget').first()).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth, `${href} is wider than the screen`).toBeLessThanOrEqual(clientWidth);
    }
  });

  test('the table of contents is folded above the chapter and opens on tap', async ({ page }) => {
    await page.goto('/ode-basics');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link').first()).toBeHidden();
    await toc.getByText('On this page').tap();
    await expect(toc.getByRole('link').first()).toBeVisible();
  });
});
