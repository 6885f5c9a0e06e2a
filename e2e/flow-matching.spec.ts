import { test, expect, expectMathTypeset } from './fixtures';

const num = (s: string | null, re: RegExp) => Number(re.exec(s ?? '')?.[1] ?? NaN);

test.describe('chapter 6, flow matching', () => {
  test('the chapter loads with its maths and all three widgets @phone', async ({ page }) => {
    await page.goto('/flow-matching');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('flow matching');
    await expectMathTypeset(page);
    for (const name of ['Draw your data, train by flow matching', 'Same data, two trainings', 'Straighten the paths: reflow']) {
      const fig = page.getByRole('figure', { name });
      await fig.scrollIntoViewIfNeeded();
      await expect(fig).toBeVisible();
    }
    // The first figure shows the shipped model's samples and measures dopri5's evaluations per sample.
    const fig = page.getByRole('figure', { name: 'Draw your data, train by flow matching' });
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.getByTestId('fm-nfe')).toContainText(/evaluations per sample/, { timeout: 60_000 });
  });

  test('drawing points with the pointer changes the data', async ({ page }) => {
    await page.goto('/widget/draw-your-data?set=drawn');
    const count = page.getByTestId('fm-data-count');
    await expect(count).toHaveText('Data: 0 points.');
    const canvas = page.getByRole('img', { name: /Drawing area/ });
    const box = await canvas.boundingBox();
    if (!box) throw new Error('canvas not visible');
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.4, { steps: 12 });
    await page.mouse.up();
    await expect.poll(async () => num(await count.textContent(), /Data: (\d+) points/)).toBeGreaterThan(20);
    // The preset list is the keyboard's way to data: choosing one replaces the drawing.
    await page.getByRole('combobox', { name: 'Data' }).selectOption('8gaussians');
    await expect(count).toHaveText('Data: 2000 points.');
  });

  test('a drawing is kept in the address: a reload gives back the same points @phone', async ({ page }) => {
    await page.goto('/widget/draw-your-data?set=drawn&t=0.5');
    const count = page.getByTestId('fm-data-count');
    await expect(count).toHaveText('Data: 0 points.');
    const canvas = page.getByRole('img', { name: /Drawing area/ });
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('canvas not visible');
    for (const [y0, y1] of [
      [0.3, 0.35],
      [0.7, 0.6],
    ]) {
      await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * y0);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * y1, { steps: 10 });
      await page.mouse.up();
    }
    await expect.poll(async () => num(await count.textContent(), /Data: (\d+) points/)).toBeGreaterThan(40);
    const drawn = await count.textContent();
    await expect.poll(() => new URL(page.url()).searchParams.get('pts')?.length ?? 0).toBeGreaterThan(0);
    expect(page.url().length).toBeLessThan(2000);
    await page.reload();
    await expect(page.getByTestId('fm-data-count')).toHaveText(drawn ?? '');
    // The rest of the state came back too.
    await expect(page.getByRole('slider', { name: /Time t/ })).toHaveValue('0.5');
  });

  test('a malformed drawing in the address is reported, and the figure shows a preset, keeping the other settings', async ({ page }) => {
    await page.goto('/widget/draw-your-data?set=drawn&t=0.5&pts=not*a*drawing');
    const fig = page.getByRole('figure', { name: 'Draw your data, train by flow matching' });
    await expect(fig.getByRole('alert')).toContainText('pts:');
    await expect(fig.getByRole('alert')).toContainText('The drawing in the address could not be read');
    await expect(page.getByRole('combobox', { name: 'Data' })).toHaveValue('moons');
    await expect(page.getByTestId('fm-data-count')).toHaveText('Data: 2000 points.');
    await expect(page.getByRole('slider', { name: /Time t/ })).toHaveValue('0.5');
  });

  test('Train makes the loss fall within 20 s', async ({ page }) => {
    await page.goto('/widget/draw-your-data');
    const train = page.getByRole('button', { name: 'Train' });
    await expect(train).toBeEnabled({ timeout: 30_000 });
    await train.click();
    const loss = page.getByTestId('fm-loss');
    await expect
      .poll(
        async () => {
          const text = await loss.textContent();
          return num(text, /CFM loss ([\d.]+)/) < num(text, /first 20 averaged ([\d.]+)/) && num(text, /Iteration (\d+)/) >= 40;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
  });

  test('reflow lowers the evaluations readout', async ({ page }) => {
    test.setTimeout(150_000);
    await page.goto('/widget/straighten-paths');
    const before = page.getByTestId('reflow-before');
    await expect(before).toContainText(/[\d.]+ evaluations per sample/, { timeout: 60_000 });
    const reflow = page.getByRole('button', { name: 'Reflow', exact: true });
    await expect(reflow).toBeEnabled();
    await reflow.click();
    const after = page.getByTestId('reflow-after');
    await expect(after).toContainText(/[\d.]+ evaluations per sample/, { timeout: 120_000 });
    const perSample = /([\d.]+) evaluations per sample/;
    expect(num(await after.textContent(), perSample)).toBeLessThan(num(await before.textContent(), perSample));
    // And the Euler table fills in its "after" column.
    await expect(page.getByTestId('euler-table').getByRole('row').nth(1)).not.toContainText('—');
  });

  test('same data, two trainings: both train, and each reports its time per iteration and held-out NLL', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/widget/two-trainings');
    const go = page.getByRole('button', { name: 'Train both' });
    await expect(go).toBeEnabled({ timeout: 30_000 });
    await go.click();
    for (const k of ['ml', 'fm']) await expect(page.getByTestId(`race-${k}`)).toContainText(/ms per iteration; held-out NLL [\d.]+ nats at [1-9][\d.]* s/, { timeout: 90_000 });
    const ms = async (k: string) => num(await page.getByTestId(`race-${k}`).textContent(), /([\d.]+) ms per iteration/);
    // One network evaluation per step against a solve of 32: flow matching's iterations are cheaper.
    expect(await ms('fm')).toBeLessThan(await ms('ml'));
  });
});
