import { test, expect, expectMathTypeset } from './fixtures';

test.describe('chapter 4, the adjoint @phone', () => {
  test('the chapter loads with its maths, pitfalls and four widgets', async ({ page }) => {
    await page.goto('/adjoint');
    await expect(page.locator('article.chapter h1')).toBeVisible();
    await expectMathTypeset(page);
    await expect(page.getByRole('note').filter({ hasText: 'The sign of a(t)' })).toBeVisible();
    for (const name of ['The backward pass, step by step', 'Memory meter: backprop against the adjoint', 'Gradient check: adjoint, backprop and finite differences', 'Reverse drift and checkpointing']) {
      await page.getByRole('figure', { name }).scrollIntoViewIfNeeded();
      await expect(page.getByRole('figure', { name })).toBeVisible();
    }
  });

  test('the backward pass animates, steps and scrubs', async ({ page }) => {
    await page.goto('/widget/adjoint-backward');
    const fig = page.getByRole('figure', { name: 'The backward pass, step by step' });
    const playhead = fig.getByRole('slider', { name: 'Playhead' });
    const v0 = Number(await playhead.inputValue());
    await expect.poll(async () => Number(await playhead.inputValue())).toBeGreaterThan(v0 + 50);
    // Let it run into the backward phase: the readout says so.
    await expect(fig.getByRole('status')).toContainText('Backward solve', { timeout: 20_000 });
    await fig.getByRole('button', { name: 'Pause' }).click();
    await expect(fig.getByRole('button', { name: 'Play' })).toBeVisible();
    const before = await fig.getByRole('status').textContent();
    await fig.getByRole('button', { name: 'Step' }).click();
    await expect(fig.getByRole('status')).not.toHaveText(before ?? '');
    // Scrub to the start: back to the forward solve.
    await playhead.fill('0');
    await expect(fig.getByRole('status')).toContainText('Forward solve');
    // Scrub to the end: the gradient is reported.
    await playhead.fill('1000');
    await expect(fig.getByRole('status')).toContainText('dL/dz(0)');
    const bars = fig.locator('.ab-bar');
    await expect(bars).toHaveCount(12);
  });

  test('loosening the backward tolerance thins the backward steps', async ({ page }) => {
    await page.goto('/widget/adjoint-backward?btol=-8');
    const fig = page.getByRole('figure', { name: 'The backward pass, step by step' });
    await fig.getByRole('slider', { name: 'Playhead' }).fill('1000');
    const count = async () => Number(await fig.locator('.ab-bsteps').getAttribute('data-count'));
    await expect.poll(count).toBeGreaterThan(10);
    const tight = await count();
    const slider = fig.getByRole('slider', { name: 'Backward rtol' });
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(fig.getByRole('status')).toContainText('rtol 1e-2');
    await fig.getByRole('slider', { name: 'Playhead' }).fill('1000');
    await expect.poll(count).toBeLessThan(tight / 3);
    await expect(page).toHaveURL(/btol=-2/);
  });

  test('the target of the loss moves with the mouse and with the arrow keys', async ({ page }) => {
    await page.goto('/widget/adjoint-backward');
    const fig = page.getByRole('figure', { name: 'The backward pass, step by step' });
    const target = fig.getByRole('button', { name: /Target of the loss/ });
    await target.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/tx=0\.55/);
    // Moving the target shows the finished gradient for it.
    await expect(fig.getByRole('status')).toContainText('dL/dz(0)');
    const afterKeys = (await fig.getByRole('status').textContent()) ?? '';
    const box = await target.locator('circle').first().boundingBox();
    if (!box) throw new Error('target not drawn');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 30, cy + 25, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/ty=0\.[0-4]|ty=-/);
    await expect(fig.getByRole('status')).not.toHaveText(afterKeys);
    await expect(target).toHaveAttribute('aria-label', /Target of the loss at \(0\.[0-5]\d?, /);
  });

  test('reverse drift: checkpoints make the error fall', async ({ page }) => {
    await page.goto('/widget/reverse-drift');
    const fig = page.getByRole('figure', { name: 'Reverse drift and checkpointing' });
    const readout = fig.getByRole('status');
    await expect(readout).toContainText('No checkpoints');
    const errorOf = async () => Number(/an error of ([-\d.e]+)/.exec((await readout.textContent()) ?? '')?.[1]);
    await expect.poll(errorOf).toBeGreaterThan(1);
    const none = await errorOf();
    await fig.getByRole('slider', { name: 'Checkpoints' }).fill('3');
    await expect(readout).toContainText('3 checkpoints');
    await expect.poll(errorOf).toBeLessThan(none / 1000);
    await expect(fig.locator('.rd-checkpoint')).toHaveCount(3);
    await expect(fig.locator('.rd-chart circle')).toHaveCount(18, { timeout: 20_000 });
  });

  test('gradient check: the table fills and the adjoint error follows the backward tolerance', async ({ page }) => {
    await page.goto('/widget/gradient-check');
    const fig = page.getByRole('figure', { name: 'Gradient check: adjoint, backprop and finite differences' });
    const errRow = fig.locator('tr.gc-errors td');
    await expect(errRow.nth(0)).toHaveText('reference', { timeout: 30_000 });
    await expect(errRow.nth(2)).not.toHaveText('…');
    const adjErr = async () => Number((await errRow.nth(2).textContent())?.trim());
    await expect.poll(adjErr).toBeLessThan(1e-4);
    const slider = fig.getByRole('slider', { name: 'Backward rtol' });
    await slider.fill('-2');
    await expect.poll(adjErr).toBeGreaterThan(1e-3);
    await slider.fill('-10');
    await expect.poll(adjErr).toBeLessThan(1e-7);
    // The tfjs columns (backprop and odeintAdjoint) fill in too, with float32 accuracy.
    const errorIn = (column: number) => async () => Number((await errRow.nth(column).textContent())?.trim());
    await expect.poll(errorIn(1), { timeout: 60_000 }).toBeLessThan(1e-3);
    await expect.poll(errorIn(3), { timeout: 60_000 }).toBeLessThan(1e-3);
  });

  test('memory meter: backprop and adjoint draw two visibly different curves', async ({ page }) => {
    await page.goto('/widget/memory-meter?maxSteps=100');
    const fig = page.getByRole('figure', { name: 'Memory meter: backprop against the adjoint' });
    const mem = fig.locator('.mm-memory');
    await expect(mem.locator('.mm-backprop')).toHaveAttribute('data-points', '7', { timeout: 60_000 });
    await expect(mem.locator('.mm-adjoint')).toHaveAttribute('data-points', '7', { timeout: 60_000 });
    const height = async (sel: string) => (await mem.locator(sel).boundingBox())?.height ?? 0;
    await expect.poll(() => height('.mm-backprop')).toBeGreaterThan(60);
    await expect.poll(async () => (await height('.mm-backprop')) / (await height('.mm-adjoint'))).toBeGreaterThan(4);
    await expect(fig.getByRole('status')).toContainText('All measured');
    // Raising the step count measures further.
    await fig.getByRole('slider', { name: 'Steps up to' }).fill('150');
    await expect(mem.locator('.mm-backprop')).toHaveAttribute('data-points', '8', { timeout: 60_000 });
  });
});

test.describe('chapter 4 on a touch screen @phone-only', () => {
  test('the target of the loss follows a finger', async ({ page }) => {
    await page.goto('/widget/adjoint-backward');
    const fig = page.getByRole('figure', { name: 'The backward pass, step by step' });
    const target = fig.getByRole('button', { name: /Target of the loss/ });
    await target.scrollIntoViewIfNeeded();
    const box = await target.locator('circle').first().boundingBox();
    if (!box) throw new Error('target not drawn');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x - 6 * i, y: y + 5 * i }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page).toHaveURL(/tx=0\.[0-4]|tx=-/);
    await expect(fig.getByRole('status')).toContainText('dL/dz(0)');
  });
});
