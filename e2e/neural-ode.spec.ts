/**
 * Chapter 3 as a reader uses it: the spiral trainer trains on its own once on screen, its loss falls, the
 * adjoint shows backward evaluations, the shipped checkpoint loads; the tolerance explorer measures a
 * tighter tolerance as more work. Numbers are read from the widgets' live readouts, never assumed.
 */
import type { Locator } from '@playwright/test';
import { test, expect, expectMathTypeset, parseKitNumber } from './fixtures';

const num = (re: RegExp, text: string): number => {
  const m = re.exec(text);
  return m ? Number(m[1]) : NaN;
};
/** The widget's live readout (an `<output>` is a status too, so pick the frame's readout region). */
const readout = (fig: Locator) => fig.locator('.widget-readout[aria-live="polite"]');
const iterationOf = async (fig: Locator) => num(/Iteration (\d+)/, (await readout(fig).textContent()) ?? '');
const runningAvgOf = async (fig: Locator) => num(/running average ([\d.e-]+)/, (await readout(fig).textContent()) ?? '');

test.describe('neural-ode chapter @phone', () => {
  test('the chapter renders its maths and both widgets', async ({ page }) => {
    await page.goto('/neural-ode');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Neural ODEs');
    await expectMathTypeset(page);
    await expect(page.getByRole('figure', { name: 'Spiral trainer' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Tolerance explorer' })).toBeAttached();
  });

  test('training starts on its own and the running loss falls', async ({ page }) => {
    await page.goto('/neural-ode');
    const fig = page.getByRole('figure', { name: 'Spiral trainer' });
    await fig.scrollIntoViewIfNeeded();
    await expect.poll(() => iterationOf(fig), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    // Training can outrun the test's reads, so take the early figure deterministically: Reset (which
    // pauses) and Step once, then let it play.
    await fig.getByRole('button', { name: 'Reset' }).click();
    await fig.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => iterationOf(fig)).toBe(1);
    await expect.poll(() => runningAvgOf(fig)).toBeGreaterThan(0);
    const early = await runningAvgOf(fig);
    await fig.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => iterationOf(fig), { timeout: 60_000 }).toBeGreaterThanOrEqual(250);
    await expect.poll(() => runningAvgOf(fig)).toBeLessThan(early);
    // Pause stops it; Step does exactly one iteration.
    await fig.getByRole('button', { name: 'Pause' }).click();
    // The worker finishes the slice it is in, then stops: wait until the count holds still.
    await expect
      .poll(async () => {
        const a = await iterationOf(fig);
        await page.waitForTimeout(700);
        return (await iterationOf(fig)) - a;
      })
      .toBe(0);
    const paused = await iterationOf(fig);
    await fig.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => iterationOf(fig)).toBe(paused + 1);
  });
});

test.describe('spiral trainer', () => {
  test('switching to the adjoint shows backward evaluations in the NFE readout', async ({ page }) => {
    await page.goto('/neural-ode');
    const fig = page.getByRole('figure', { name: 'Spiral trainer' });
    await fig.scrollIntoViewIfNeeded();
    await expect.poll(() => iterationOf(fig), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await expect(readout(fig)).toContainText('0 new evaluations');
    await fig.getByRole('radio', { name: 'adjoint' }).check();
    // 9 adjoint solves, each at least f0, the initial-step probe and one 6-evaluation dopri5 step.
    await expect
      .poll(async () => num(/backward NFE (\d+)/, (await readout(fig).textContent()) ?? ''), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(72);
  });

  test('skip to the trained model loads the shipped checkpoint @phone', async ({ page }) => {
    await page.goto('/neural-ode');
    const fig = page.getByRole('figure', { name: 'Spiral trainer' });
    await fig.scrollIntoViewIfNeeded();
    await fig.getByRole('button', { name: 'Skip to the trained model' }).click();
    await expect(fig).toContainText('Loaded the shipped checkpoint');
    await expect.poll(() => iterationOf(fig)).toBeGreaterThan(500);
    // The test loss is solved now, in the page, from the loaded parameters.
    await expect.poll(async () => num(/test loss ([\d.]+)/, (await readout(fig).textContent()) ?? '')).toBeLessThanOrEqual(0.12);
    await expect(fig.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('its own page restores the state from the URL and reports a bad value', async ({ page }) => {
    await page.goto('/widget/spiral-trainer?mode=adjoint&trained=1&method=rk9');
    const fig = page.getByRole('figure', { name: 'Spiral trainer' });
    await expect(fig.getByRole('alert')).toContainText('method: "rk9" is not one of');
    await expect(fig.getByRole('radio', { name: 'adjoint' })).toBeChecked();
    await expect(fig).toContainText('Loaded the shipped checkpoint');
  });
});

test.describe('tolerance explorer', () => {
  test('a tighter tolerance costs more evaluations and gives a smaller error @phone', async ({ page }) => {
    await page.goto('/widget/tolerance-explorer');
    const fig = page.getByRole('figure', { name: 'Tolerance explorer' });
    const out = readout(fig);
    await expect(out).toContainText(/rtol 10⁻⁵, .*: \d+ evaluations/, { timeout: 60_000 });
    const loose = (await out.textContent()) ?? '';
    const slider = fig.getByRole('slider', { name: 'Tolerance (rtol)' });
    await slider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await expect(out).toContainText(/rtol 10⁻⁷, .*: \d+ evaluations/, { timeout: 60_000 });
    const tight = (await out.textContent()) ?? '';
    const evaluations = (t: string) => Number(/: ([\d,]+) evaluations/.exec(t)?.[1].replace(/,/g, ''));
    expect(evaluations(tight)).toBeGreaterThan(evaluations(loose));
    const err = (s: string) => parseKitNumber(/Largest error over the trajectory: ([^,]+?)(?:, against|$)/.exec(s)?.[1]);
    expect(err(tight)).toBeLessThan(err(loose));
  });
});
