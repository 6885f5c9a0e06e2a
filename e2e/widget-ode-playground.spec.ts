/** The chapter 1 widgets on their own pages: state restored from the URL and written back to it. */
import { test, expect } from './fixtures';

test.describe('widget pages of chapter 1 @phone', () => {
  test('the playground restores its state from its URL', async ({ page }) => {
    await page.goto('/widget/ode-playground?eq=vanderpol&method=dopri5&tol=-5&y0=1_0_-2_2');
    const fig = page.getByRole('figure', { name: 'ODE playground' });
    await expect(fig.getByLabel('Equation')).toHaveValue('vanderpol');
    await expect(fig.getByRole('radio', { name: 'Dopri5' })).toBeChecked();
    await expect(fig.getByLabel(/Tolerance rtol = atol = 10⁻⁵/)).toBeVisible();
    await expect(fig.getByRole('button', { name: /^Initial value 1: x = 1, y = 0/ })).toBeVisible();
    await expect(fig.getByRole('button', { name: /^Initial value 2: x = −2, y = 2/ })).toBeVisible();
    await expect(fig.locator('[aria-live="polite"]')).toContainText('From (x, y) = (−2, 2)');
  });

  test('changes go into the URL, and a reload brings them back', async ({ page }) => {
    await page.goto('/widget/ode-playground');
    const fig = page.getByRole('figure', { name: 'ODE playground' });
    await fig.getByRole('radio', { name: 'Midpoint' }).check();
    const handle = fig.getByRole('slider', { name: /^Initial value 1/ });
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect(page).toHaveURL(/method=midpoint/);
    await expect(page).toHaveURL(/y0=1\.09_4/);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Midpoint' })).toBeChecked();
    await expect(page.getByRole('slider', { name: /^Initial value 1/ })).toHaveAttribute('aria-valuenow', '1.09');
  });

  test('a typed pair restores from its URL; bad URL values are named, the rest is kept', async ({ page }) => {
    await page.goto('/widget/ode-playground?eq=custom2&fx=y&fy=-sin(x)&method=rk9');
    const fig = page.getByRole('figure', { name: 'ODE playground' });
    await expect(fig.getByRole('textbox', { name: 'dx/dt =' })).toHaveValue('y');
    await expect(fig.getByRole('textbox', { name: 'dy/dt =' })).toHaveValue('-sin(x)');
    await expect(fig.getByRole('alert')).toContainText('method: "rk9" is not one of');
    await expect(fig.getByRole('radio', { name: 'Euler' })).toBeChecked();
  });

  test('the convergence plot and the particle view restore theirs', async ({ page }) => {
    await page.goto('/widget/convergence-plot?eq=pendulum');
    const cv = page.getByRole('figure', { name: /Convergence/ });
    await expect(cv.getByLabel('Problem')).toHaveValue('pendulum');
    await expect(cv.locator('[aria-live="polite"]')).toContainText('Measured slopes of log error against log h on Pendulum');
    await page.goto('/widget/particle-view?eq=spiral&method=euler&gpu=0');
    const pv = page.getByRole('figure', { name: 'Particles in the flow' });
    await expect(pv.getByLabel('Equation')).toHaveValue('spiral');
    await expect(pv.getByRole('radio', { name: 'Euler' })).toBeChecked();
    await expect(pv.locator('.widget-status')).toContainText('plain JavaScript: 2,000 particles');
  });
});
