import { test, expect, expectMathTypeset } from './fixtures';

const WIDGETS = [
  { name: 'resnet-morph', title: 'From ResNet to ODE' },
  { name: 'plane-warp', title: 'How a ResNet and an ODE-Net bend the plane' },
  { name: 'network-comparison', title: 'MLP, ResNet, RK-Net and ODE-Net, trained side by side' },
  { name: 'crossing-demo', title: 'Why a 1-D ODE cannot learn x → −x' },
];

/** The number after `label` in a readout, e.g. loss in "ResNet: loss 0.412". */
const numberAfter = (text: string, label: RegExp): number => {
  const m = text.match(label);
  if (!m) throw new Error(`no ${label} in "${text}"`);
  return Number(m[1]);
};

test.describe('chapter 2, resnet-to-ode', () => {
  test('the chapter loads with its maths and all four widgets @phone', async ({ page }) => {
    await page.goto('/resnet-to-ode');
    await expect(page.getByRole('heading', { level: 1, name: 'From ResNet to ODE, and back' })).toBeVisible();
    await expectMathTypeset(page);
    for (const w of WIDGETS) {
      const fig = page.getByRole('figure', { name: w.title, exact: true });
      await fig.scrollIntoViewIfNeeded();
      await expect(fig).toBeVisible();
    }
    // The paper's Table 1 is quoted as a table.
    await expect(page.getByRole('cell', { name: '0.42%' })).toBeVisible();
    // The precomputed comparison is there without training.
    await expect(page.getByRole('table', { name: 'Precomputed comparison' })).toBeVisible();
  });

  for (const w of WIDGETS) {
    test(`widget page /widget/${w.name} loads`, async ({ page }) => {
      await page.goto(`/widget/${w.name}`);
      await expect(page.getByRole('figure', { name: w.title, exact: true })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});

test.describe('ResNet → ODE morph', () => {
  test('the slider changes the paths, and the error shrinks as L grows @phone', async ({ page }) => {
    await page.goto('/widget/resnet-morph');
    const slider = page.getByRole('slider', { name: /Blocks/ });
    const paths = page.getByTestId('morph-paths');
    const readout = page.locator('.widget-readout');
    await expect(readout).toContainText('L = 4 residual blocks');
    const before = await paths.getAttribute('d');
    const errAt4 = numberAfter((await readout.textContent()) ?? '', /t = 1: (\d+(?:\.\d+)?)/);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(readout).toContainText('L = 5 residual blocks');
    await expect(paths).not.toHaveAttribute('d', before ?? '');
    await slider.fill('32');
    await expect(readout).toContainText('L = 32 residual blocks');
    await expect.poll(async () => numberAfter((await readout.textContent()) ?? '', /t = 1: (\d+(?:\.\d+)?)/)).toBeLessThan(errAt4 / 4);
    await page.keyboard.press('End');
    await expect(readout).toContainText('dopri5');
    await expect(page).toHaveURL(/L=65/);
  });
});

test.describe('training live', () => {
  test('plane warp: Train starts, the loss falls, NFE is reported', async ({ page }) => {
    await page.goto('/widget/plane-warp?sweep=0');
    const train = page.getByRole('button', { name: 'Train' });
    await expect(train).toBeEnabled({ timeout: 30_000 });
    await train.click();
    const readout = page.locator('.widget-readout');
    await expect(readout).toContainText(/Iteration \d+ of 300/);
    const text1 = (await readout.textContent()) ?? '';
    const first = numberAfter(text1, /ResNet: loss (\d+(?:\.\d+)?)/);
    await expect(readout).toContainText(/Iteration (4\d|[5-9]\d|\d{3}) of 300/, { timeout: 60_000 });
    const text2 = (await readout.textContent()) ?? '';
    expect(numberAfter(text2, /ResNet: loss (\d+(?:\.\d+)?)/)).toBeLessThan(first);
    expect(numberAfter(text2, /NFE (\d+)/)).toBeGreaterThan(0);
    await expect(page.getByText('Training runs in a background worker')).toBeVisible();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('progressbar', { name: 'Training progress' })).toBeVisible();
  });

  test('crossing demo: the ResNet learns x → −x while the 1-D ODE stays above its floor', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/widget/crossing-demo?iterations=60');
    await page.getByRole('button', { name: 'Train' }).click({ timeout: 30_000 });
    const readout = page.locator('.widget-readout');
    await expect(readout).toContainText(/Iteration \d+ of 60/, { timeout: 30_000 });
    const lossOf = (net: RegExp) => async () => numberAfter((await readout.textContent()) ?? '', net);
    // The ResNet gets there (well before the 60th iteration on a quiet machine)…
    await expect.poll(lossOf(/ResNet: loss (\d+(?:\.\d+)?)/), { timeout: 120_000 }).toBeLessThan(0.2);
    // …while the 1-D ODE stays above the floor no 1-D flow can pass (0.378), whenever it is read.
    expect(await lossOf(/1-D ODE: loss (\d+(?:\.\d+)?)/)()).toBeGreaterThan(0.37);
    await expect(page.getByText('Training runs in a background worker')).toBeVisible();
  });

  test('network comparison: the live table fills in', async ({ page }) => {
    await page.goto('/widget/network-comparison?iterations=20');
    const table = page.getByRole('table', { name: 'Live comparison' });
    await page.getByRole('button', { name: 'Train' }).click({ timeout: 30_000 });
    await expect(page.locator('.widget-readout')).toContainText('Done', { timeout: 80_000 });
    for (const net of ['mlp', 'resnet', 'rknet', 'odenet']) {
      const row = table.locator(`tr[data-net="${net}"]`);
      await expect(row.locator('[data-cell="error"]')).toHaveText(/^\d+(\.\d)?%$/);
      await expect(row.locator('[data-cell="memory"]')).toHaveText(/kB$/);
      await expect(row.locator('[data-cell="time"]')).toHaveText(/ms$/);
    }
    await expect(table.locator('tr[data-net="odenet"] [data-cell="nfe"]')).toHaveText(/back$/);
    // Training ran off the main thread.
    await expect(page.getByText('Live, in this tab: trained in a worker, tfjs wasm')).toBeVisible();
  });
});
