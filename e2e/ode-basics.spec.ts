/**
 * Chapter 1 as a reader uses it: the page loads clean with its maths typeset, and the ODE playground
 * answers the mouse, the keyboard and touch; the solver toggle, typed equations, the convergence plot and
 * the particle view do what the text says. Titles with @phone also run at phone width.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectMathTypeset } from './fixtures';

const firstPlayground = (page: Page) => page.getByRole('figure', { name: 'ODE playground' }).first();
const readoutOf = (fig: Locator) => fig.locator('[aria-live="polite"]');

/** JS files the page has loaded that contain tfjs-core (its kernel registry is a telltale). */
async function tfjsScripts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.endsWith('.js'));
    const hits: string[] = [];
    for (const u of urls) if ((await (await fetch(u)).text()).includes('getKernelsForBackend')) hits.push(u);
    return hits;
  });
}

async function openChapter(page: Page) {
  await page.goto('/ode-basics');
  await expect(page.getByRole('heading', { level: 1, name: /What an ODE is/ })).toBeVisible();
  // The three playgrounds share one lazy chunk but may appear in any order: wait for all, then take the first.
  await expect(page.getByRole('figure', { name: 'ODE playground' })).toHaveCount(3);
  const fig = firstPlayground(page);
  await fig.scrollIntoViewIfNeeded();
  await expect(readoutOf(fig)).toContainText('evaluations');
  return fig;
}

test.describe('chapter 1: ODE basics @phone', () => {
  test('loads with its maths typeset, every widget, and no tfjs', async ({ page }) => {
    await page.goto('/ode-basics');
    await expectMathTypeset(page);
    await expect(page.getByRole('figure', { name: 'ODE playground' })).toHaveCount(3);
    await expect(page.getByRole('figure', { name: /Convergence/ })).toHaveCount(1);
    await expect(page.getByRole('figure', { name: 'Particles in the flow' })).toHaveCount(1);
    // Visit every widget so each lazy chunk loads, then check none of them brought tfjs.
    for (const fig of await page.getByRole('figure').all()) await fig.scrollIntoViewIfNeeded();
    await expect(page.getByRole('figure', { name: /Convergence/ }).locator('[aria-live="polite"]')).toContainText('Measured slopes');
    expect(await tfjsScripts(page)).toEqual([]);
  });

  test('the first playground opens on a scalar equation with the defaults the text quotes', async ({ page }) => {
    const fig = await openChapter(page);
    const handle = fig.getByRole('slider', { name: /^Initial value 1/ });
    await expect(handle).toHaveAttribute('aria-valuenow', '1');
    await expect(fig.getByRole('radio', { name: 'Euler' })).toBeChecked();
    await expect(fig.getByLabel(/Step size h = 0.25/)).toBeVisible();
    // The prose says: 16 steps, 16 evaluations, ends exactly 1 below the true value.
    await expect(readoutOf(fig)).toContainText('From y(−2) = 1: 16 steps accepted, 0 rejected, 16 evaluations; error at t = 2: 1');
    await expect(page.getByText(/It needs 16 steps and 16 evaluations/)).toBeVisible();
  });

  test('dragging an initial value with the mouse re-solves the trajectory and the readout', async ({ page }) => {
    const fig = await openChapter(page);
    const handle = fig.getByRole('slider', { name: /^Initial value 1/ });
    const path = fig.getByTestId('trajectory-1');
    const before = (await path.getAttribute('d'))!;
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // Re-solved during the drag, not only at the end: with the button still down, each move brings a new
    // curve. The solve runs in a worker, so wait for each new curve rather than reading the path once.
    let shown = before;
    for (let i = 1; i <= 4; i++) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 16 * i);
      await expect(path).not.toHaveAttribute('d', shown);
      shown = (await path.getAttribute('d'))!;
    }
    await page.mouse.up();
    await expect(handle).not.toHaveAttribute('aria-valuenow', '1');
    const y0 = Number(await handle.getAttribute('aria-valuenow'));
    expect(y0).toBeGreaterThan(1.5);
    await expect(readoutOf(fig)).toContainText(`From y(−2) = ${Number(y0.toPrecision(3))}`);
  });

  test('the keyboard moves an initial value', async ({ page }) => {
    const fig = await openChapter(page);
    const handle = fig.getByRole('slider', { name: /^Initial value 2/ });
    const path = fig.getByTestId('trajectory-2');
    await expect(path).toHaveAttribute('d', /\S/);
    const before = (await path.getAttribute('d'))!;
    await handle.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(handle).toHaveAttribute('aria-valuenow', '3.82');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(handle).toHaveAttribute('aria-valuenow', '2.92');
    // The handle moves at once; the curve follows when the worker has solved it.
    await expect(readoutOf(fig)).toContainText('From y(−2) = 2.92');
    await expect(path).not.toHaveAttribute('d', before);
  });

  test('switching Euler to Dopri5 changes the step marks and the readout', async ({ page }) => {
    const fig = await openChapter(page);
    const marks = fig.getByTestId('step-marks');
    await expect(marks).toHaveAttribute('data-steps', '32');
    await fig.getByRole('radio', { name: 'Dopri5' }).check();
    await expect(readoutOf(fig)).toContainText('Dopri5, tolerance rtol = atol = 0.001');
    await expect(marks).not.toHaveAttribute('data-steps', '32');
    // Six stage evaluations inside each Dopri5 step are drawn, not just the step ends.
    await expect
      .poll(async () => Number(await marks.getAttribute('data-stages')) / Number(await marks.getAttribute('data-steps')))
      .toBeGreaterThanOrEqual(5);
    await expect(fig.getByLabel(/Tolerance/)).toBeVisible();
    await expect(fig.getByRole('slider', { name: /Step size/ })).toHaveCount(0);
    await fig.getByRole('radio', { name: 'Euler' }).check();
    await expect(marks).toHaveAttribute('data-steps', '32');
    await expect(readoutOf(fig)).toContainText('16 evaluations');
  });

  test('a typo in a typed equation gets a message at the input; a blow-up stops with a message', async ({ page }) => {
    const fig = await openChapter(page);
    await fig.getByLabel('Equation').selectOption('custom');
    const input = fig.getByRole('textbox', { name: 'dy/dt =' });
    await expect(input).toHaveValue('sin(t) - y');
    await expect(readoutOf(fig)).toContainText('evaluations');
    await input.fill('sin(t - y');
    await expect(fig.getByRole('alert')).toContainText('Cannot read the formula');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await input.fill('sin(t) - z');
    await expect(fig.getByRole('alert')).toContainText('Unknown name "z"');
    await input.fill('y^2');
    await expect(fig.getByRole('alert')).toContainText(/blew up|gave up|shrank/);
    // Still responsive: a fix brings the trajectories back.
    await input.fill('cos(t) - y/2');
    await expect(fig.getByRole('alert')).toHaveCount(0);
    await expect(readoutOf(fig)).toContainText('no closed form to compare with');
  });

  test('touch drags an initial value @phone-only', async ({ page }) => {
    const fig = await openChapter(page);
    const handle = fig.getByRole('slider', { name: /^Initial value 1/ });
    const path = fig.getByTestId('trajectory-1');
    const before = (await path.getAttribute('d'))!;
    const box = (await handle.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 6; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - 7 * i }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBeGreaterThan(1.5);
    await expect(path).not.toHaveAttribute('d', before);
  });

  test('the convergence plot shows slopes near the orders 1, 2, 4 and 5', async ({ page }) => {
    await page.goto('/ode-basics');
    const fig = page.getByRole('figure', { name: /Convergence/ });
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.locator('[aria-live="polite"]')).toContainText('Measured slopes');
    const slope = async (m: string) => Number(/slope (-?[\d.]+)/.exec((await fig.locator(`li[data-method="${m}"]`).textContent()) ?? '')?.[1]);
    await expect.poll(async () => Math.abs((await slope('euler')) - 1)).toBeLessThan(0.2);
    await expect.poll(async () => Math.abs((await slope('midpoint')) - 2)).toBeLessThan(0.2);
    await expect.poll(async () => Math.abs((await slope('rk4')) - 4)).toBeLessThan(0.3);
    await expect.poll(async () => Math.abs((await slope('dopri5')) - 5)).toBeLessThan(1);
  });

  test('on Van der Pol the solves that blow up are marked at the top, not stretched over eighty decades', async ({ page }) => {
    await page.goto('/widget/convergence-plot?eq=vanderpol');
    const fig = page.getByRole('figure', { name: /Convergence/ });
    await expect(fig.locator('[aria-live="polite"]')).toContainText('Measured slopes');
    await expect(fig.locator('.cv-offscale')).toContainText(/blew up \(error up to [\d.]+ × 10/);
    await expect(fig.locator('.cv-off[d*="M"]').first()).toBeAttached();
    // The error axis ends within three decades of 1 (its labels are powers of ten).
    const labels = await fig.locator('svg').first().locator('text').allTextContents();
    const exponent = (l: string) => Number([...l.slice(2)].map((c) => (c === '⁻' ? '-' : String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)))).join(''));
    const exponents = labels.filter((l) => /^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(l)).map(exponent);
    expect(exponents.length).toBeGreaterThan(3);
    expect(Math.max(...exponents)).toBeLessThanOrEqual(3);
  });

  test('without Web Workers the playground and the convergence plot still compute, on the main thread', async ({ page }) => {
    // Both solve in a worker; where there is none, each imports the solver onto the page and answers there.
    await page.addInitScript(() => {
      delete (window as { Worker?: unknown }).Worker;
    });
    const fig = await openChapter(page);
    await expect(readoutOf(fig)).toContainText('From y(−2) = 1: 16 steps accepted, 0 rejected, 16 evaluations; error at t = 2: 1');
    const conv = page.getByRole('figure', { name: /Convergence/ });
    await conv.scrollIntoViewIfNeeded();
    const slope = async (m: string) => Number(/slope (-?[\d.]+)/.exec((await conv.locator(`li[data-method="${m}"]`).textContent()) ?? '')?.[1]);
    await expect.poll(async () => Math.abs((await slope('euler')) - 1)).toBeLessThan(0.2);
    await expect.poll(async () => Math.abs((await slope('rk4')) - 4)).toBeLessThan(0.3);
  });

  test('the particle view says how it runs, and pauses', async ({ page }) => {
    await page.goto('/ode-basics');
    const fig = page.getByRole('figure', { name: 'Particles in the flow' });
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.locator('.widget-status')).toContainText(/WebGL2: 16,384 particles|plain JavaScript/);
    await expect(fig.locator('[aria-live="polite"]')).toContainText('running');
    // Off screen it sleeps, and wakes when it comes back.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(fig.locator('[aria-live="polite"]')).toContainText('paused off screen');
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.locator('[aria-live="polite"]')).toContainText('running');
    await fig.getByRole('button', { name: 'Pause' }).click();
    await expect(fig.locator('[aria-live="polite"]')).toContainText('paused');
  });
});
