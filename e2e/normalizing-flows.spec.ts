import { test, expect, expectMathTypeset } from './fixtures';
import type { Page } from '@playwright/test';

/** A short fingerprint of a canvas's pixels, to tell whether the picture changed. */
async function canvasPrint(page: Page, label: RegExp): Promise<string> {
  return page.getByRole('img', { name: label }).evaluate((c) => {
    const data = (c as HTMLCanvasElement).getContext('2d')?.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data ?? new Uint8ClampedArray();
    let h = 0;
    for (let i = 0; i < data.length; i += 7) h = (h * 31 + data[i]) >>> 0;
    return `${h}`;
  });
}

test.describe('chapter 5, normalizing flows', () => {
  test('the chapter loads with its maths and all four widgets @phone', async ({ page }) => {
    await page.goto('/normalizing-flows');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('normalizing flows');
    await expectMathTypeset(page);
    for (const name of ['Change of variables: stretch and squeeze', 'A density that flows', 'Train a continuous normalizing flow', 'Planar flow against planar CNF']) {
      const fig = page.getByRole('figure', { name });
      await fig.scrollIntoViewIfNeeded();
      await expect(fig).toBeVisible();
    }
    // The density flow on the page computes its frames (fused program or tfjs) and says which one ran.
    const flow = page.getByRole('figure', { name: 'A density that flows' });
    await flow.scrollIntoViewIfNeeded();
    await expect(flow.getByText(/Runs on: (fused WebGL2 program|tfjs)/)).toBeVisible({ timeout: 60_000 });
  });

  test('change of variables: dragging a knot and the square changes the computed readouts, keys work too', async ({ page }) => {
    await page.goto('/widget/change-of-variables');
    const one = page.getByTestId('cov-readout-1d');
    const two = page.getByTestId('cov-readout-2d');
    await expect(one).toContainText(/holds mass [\d.]+/);
    await expect(two).toContainText(/det J = [\d.]+/);
    const before1 = (await one.textContent()) ?? '';
    const knot = page.getByRole('slider', { name: 'Knot at z = 0: its value x' });
    const box = await knot.boundingBox();
    if (!box) throw new Error('knot not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 30, { steps: 5 });
    await page.mouse.up();
    await expect(one).not.toHaveText(before1);
    // Mass is conserved whatever the map: the strip's mass does not depend on the knots.
    await expect.poll(async () => (await one.textContent())?.match(/holds mass ([\d.]+)/)?.[1]).toBe(before1.match(/holds mass ([\d.]+)/)?.[1]);
    const before2 = (await two.textContent()) ?? '';
    const centre = page.getByRole('slider', { name: /Centre of the small square/ });
    await centre.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await expect(two).not.toHaveText(before2);
    await expect(two).toContainText('at (0.30, -0.30)');
    // The measured area ratio and the determinant agree to the shown precision for a small square.
    await page.getByLabel('Square side δ').fill('0.05');
    await expect(page.getByLabel('Square side δ')).toHaveValue('0.05');
    const ratioMinusDet = async () => {
      const text = (await two.textContent()) ?? '';
      return Math.abs(Number(text.match(/ratio ([\d.]+)/)?.[1]) - Number(text.match(/det J = ([\d.]+)/)?.[1]));
    };
    await expect.poll(ratioMinusDet).toBeLessThan(0.01);
  });

  test('density flow: the heat map changes as time is scrubbed, and the fused program agrees with tfjs on every pixel', async ({ page }) => {
    await page.goto('/widget/density-flow?check=1');
    await expect(page.getByTestId('flow-check')).toBeVisible({ timeout: 80_000 });
    const check = (await page.getByTestId('flow-check').textContent()) ?? '';
    const diff = Number(check.match(/\|Δ log p\| = (\d\.\d+e[+-]\d+)/)?.[1]);
    expect(check).toContain('4096 pixels');
    // float32 arithmetic in two different orders over 12 steps of 4 stages: agreement to ~1e-5 in log p.
    expect(diff).toBeLessThan(1e-3);
    const label = /Heat map of the density/;
    const atOne = await canvasPrint(page, label);
    const slider = page.getByLabel('Time t');
    await slider.fill('0.5');
    await expect(page.getByTestId('flow-readout')).toContainText('t = 0.500');
    await expect.poll(() => canvasPrint(page, label)).not.toBe(atOne);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('flow-readout')).toContainText('t = 0.000');
    // At t = 0 the density is N(0, I): log p peaks at −log 2π ≈ −1.84 at the grid's centre pixels.
    await expect(page.getByTestId('flow-readout')).toContainText('to -1.84');
    // Picking a particle by number shows its ledger; clicking the picture picks the nearest dot.
    await slider.fill('1');
    const particle = page.getByRole('spinbutton', { name: 'Particle' });
    await particle.fill('5');
    await expect(page.getByRole('table', { name: 'Log-density ledger of particle 5' })).toBeVisible();
    const heat = page.getByRole('img', { name: label });
    const box = await heat.boundingBox();
    if (!box) throw new Error('heat map not visible');
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.8);
    await expect(particle).not.toHaveValue('5');
    const picked = await particle.inputValue();
    await expect(page.getByRole('table', { name: `Log-density ledger of particle ${picked}` })).toBeVisible();
  });

  test('density flow on tfjs alone says so in its status line', async ({ page }) => {
    await page.goto('/widget/density-flow?tfjs=1&t=0.25');
    await expect(page.getByText(/Runs on: tfjs\./)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('flow-readout')).toContainText('t = 0.250', { timeout: 80_000 });
  });

  test('CNF trainer: training lowers the NLL readout @phone', async ({ page }) => {
    await page.goto('/widget/cnf-trainer');
    const readout = page.getByTestId('trainer-readout');
    await page.getByRole('button', { name: 'Train' }).click();
    await expect(readout).toContainText(/started at [\d.]+/, { timeout: 60_000 });
    const start = Number((await readout.textContent())?.match(/started at ([\d.]+)/)?.[1]);
    await expect
      .poll(async () => Number((await readout.textContent())?.match(/exact NLL ([\d.]+)/)?.[1] ?? NaN), { timeout: 80_000 })
      .toBeLessThan(start - 0.2);
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  test('CNF trainer: drawn points need at least 20 before training', async ({ page }) => {
    await page.goto('/widget/cnf-trainer?set=drawn');
    await expect(page.getByRole('alert')).toContainText('Draw at least 20 points');
    const canvas = page.getByRole('img', { name: /Drawing canvas/ });
    await canvas.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  });

  test('planar flow: both models train and report KL estimates', async ({ page }) => {
    await page.goto('/widget/planar-flow?K=2&M=2');
    await page.getByRole('button', { name: 'Train' }).click();
    const readout = page.getByTestId('planar-readout');
    await expect(readout).toContainText(/Iteration ([3-9]\d|\d{3,})/, { timeout: 60_000 });
    await expect(readout).toContainText(/K = 2 layers \(10 parameters\) [\d.]+/);
    await expect(readout).toContainText(/M = 2 units \(20 parameters, 32 evaluations per solve\) [\d.]+/);
  });

  test('bad URL values are reported where the reader looks', async ({ page }) => {
    await page.goto('/widget/density-flow?grid=999&t=7');
    await expect(page.getByRole('alert')).toContainText('grid: "999" is not one of 64, 128, 256');
    await expect(page.getByRole('alert')).toContainText('t: 7 is outside [0, 1]');
  });
});
