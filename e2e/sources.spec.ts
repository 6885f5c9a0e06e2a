/**
 * Sources and glossary as a reader meets them (issues #12 and #13): every chapter ends with a bibliography that
 * links to the paper and to torchdiffeq, and every in-text citation jumps to its entry; `/references` and
 * `/glossary` load; a glossary term's tooltip opens by keyboard and by touch.
 */
import { test, expect } from './fixtures';

const CHAPTERS = ['ode-basics', 'resnet-to-ode', 'neural-ode', 'adjoint', 'normalizing-flows'];
const PAPER = 'https://arxiv.org/abs/1806.07366';
const TORCHDIFFEQ = 'https://github.com/rtqichen/torchdiffeq';

test.describe('sources', () => {
  for (const slug of CHAPTERS) {
    test(`${slug} links to the paper and torchdiffeq, and each citation to its entry`, async ({ page }) => {
      await page.goto(`/${slug}`);
      await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible({ timeout: 30_000 });
      const bib = page.locator('ol.bibliography');
      await expect(bib.locator(`a[href="${PAPER}"]`)).toHaveCount(1);
      await expect(bib.locator(`a[href="${TORCHDIFFEQ}"]`)).toHaveCount(1);
      const cites = page.locator('.cite a');
      expect(await cites.count()).toBeGreaterThan(0);
      // Every citation's target is an entry of this page's bibliography.
      const targets = new Set(await cites.evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
      for (const href of targets) await expect(bib.locator(`li${href}`)).toHaveCount(1);
      // Following one lands on it.
      await cites.first().click();
      await expect(page).toHaveURL(/#ref-/);
      await expect(page.locator('.reference:target')).toBeInViewport();
    });
  }

  test('/references lists every source with its link', async ({ page }) => {
    await page.goto('/references');
    await expect(page.getByRole('heading', { level: 1, name: 'References' })).toBeVisible();
    await expect(page.locator(`a[href="${PAPER}"]`)).toHaveCount(1);
    await expect(page.locator(`a[href="${TORCHDIFFEQ}"]`)).toHaveCount(1);
    await expect(page.locator('#ref-jiang2018 a')).toHaveAttribute('href', 'https://www.jiqizhixin.com/articles/122302');
  });
});

test.describe('glossary @phone', () => {
  test('/glossary loads, and an entry can be linked to', async ({ page }) => {
    await page.goto('/glossary#term-lipschitz');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await expect(page.locator('#term-lipschitz')).toContainText('Lipschitz');
    await expect(page.locator('#term-lipschitz')).toBeInViewport();
    for (const t of ['NFE', 'Tolerance (rtol, atol)', 'Step-size controller', 'Jacobian', 'Adjoint state', "Hutchinson's estimator", 'CNF']) {
      await expect(page.locator('.glossary-list dt', { hasText: t }).first()).toBeVisible();
    }
  });

  test('a term opens its definition by keyboard, closes with Escape, and Enter follows it', async ({ page }) => {
    await page.goto('/ode-basics');
    const term = page.locator('.term-link', { hasText: 'initial-value problem' }).first();
    const tip = page.getByRole('tooltip').filter({ hasText: 'Initial-value problem' });
    await expect(tip).toBeHidden();
    await term.focus();
    await expect(tip).toBeVisible();
    await expect(term).toHaveAccessibleDescription(/An ODE together with the value of the solution/);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/glossary#term-ivp$/);
    await expect(page.locator('#term-ivp')).toBeInViewport();
  });
});

test.describe('glossary on a touch screen @phone-only', () => {
  test('the first tap opens the definition inside the screen, a second tap follows the link', async ({ page }) => {
    await page.goto('/ode-basics');
    const term = page.locator('.term-link', { hasText: 'Lipschitz continuous' }).first();
    const tip = page.getByRole('tooltip').filter({ hasText: 'Lipschitz continuous.' });
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(tip).toBeVisible();
    await expect(page).toHaveURL(/\/ode-basics$/);
    const box = (await tip.boundingBox())!;
    const vw = page.viewportSize()!.width;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vw);
    // A tap elsewhere closes it.
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(tip).toBeHidden();
    // Tap twice: open, then follow.
    await term.tap();
    await expect(tip).toBeVisible();
    await term.tap();
    await expect(page).toHaveURL(/\/glossary#term-lipschitz$/);
  });
});
