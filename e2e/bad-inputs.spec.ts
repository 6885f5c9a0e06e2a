/**
 * The bad-input list (e2e/bad-inputs.md), as a reader meets it: each test names the rows it covers.
 * The shared fixture fails any test that leaves a console error, page error or failed request.
 */
import { test, expect } from './fixtures';

const CHAPTERS = ['/ode-basics', '/resnet-to-ode', '/neural-ode', '/adjoint', '/normalizing-flows'];
const WIDGETS = [
  'adjoint-backward', 'change-of-variables', 'cnf-trainer', 'convergence-plot', 'crossing-demo', 'density-flow', 'gradient-check', 'memory-meter', 'network-comparison',
  'ode-playground', 'particle-view', 'planar-flow', 'plane-warp', 'resnet-morph', 'reverse-drift', 'spiral-trainer', 'tolerance-explorer',
];
const MALFORMED = '?%E0%A4%A';

test.describe('rows 1–3: the address belongs to the site', () => {
  for (const route of [...CHAPTERS, ...WIDGETS.map((w) => `/widget/${w}`)]) {
    test(`a malformed query breaks nothing: ${route}`, async ({ page }) => {
      await page.goto(route + MALFORMED);
      const figures = page.locator('figure.widget');
      await expect(figures.first()).toBeVisible({ timeout: 60_000 });
      // Prerendered pages show placeholder figures until React has hydrated and each widget's chunk has loaded;
      // a placeholder is then replaced by the real figure, so wait for that before holding on to any figure.
      await expect(page.locator('.widget-placeholder')).toHaveCount(0, { timeout: 60_000 });
      // Bring every widget on screen once, so each starts (widgets start lazily when first seen); two animation
      // frames on screen let its IntersectionObserver report it before the next one is scrolled to.
      for (let i = 0, n = await figures.count(); i < n; i++) {
        await figures.nth(i).scrollIntoViewIfNeeded();
        // A tfjs widget leaves its start-up state while on screen (a failed start would show an alert instead);
        // off screen it may rightly sleep before starting, so each is checked while the reader looks at it.
        await expect(figures.nth(i).getByText('Starting tfjs…')).toHaveCount(0, { timeout: 60_000 });
      }
      await expect(page.getByText(/stopped:|URI malformed|could not start/)).toHaveCount(0);
    });
  }

  test('tfjs never reads the address: a malformed query and ?tfjsflags= leave the comparison and the density flow running', async ({ page }) => {
    for (const q of [MALFORMED, '?tfjsflags=DEBUG:true', '?tfjsflags=IS_TEST:true,WEBGL_VERSION:1']) {
      await page.goto(`/widget/network-comparison${q}`);
      // tfjs runs in the page's worker, which never sees the address; the page reports where training runs.
      await expect(page.locator('.widget-status')).toContainText(/tfjs backend:|Training runs in/, { timeout: 60_000 });
      await expect(page.getByText(/stopped:|Cannot evaluate flag|URI malformed/)).toHaveCount(0);
    }
    await page.goto(`/normalizing-flows${MALFORMED}`);
    const flow = page.getByRole('figure', { name: 'A density that flows' });
    await flow.scrollIntoViewIfNeeded();
    await expect(flow.getByText(/Runs on: (fused WebGL2 program|tfjs)/)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('URI malformed')).toHaveCount(0);
  });
});

test.describe('rows 5–6: WebGL context loss on the particle view', () => {
  async function openParticles(page: import('@playwright/test').Page) {
    await page.goto('/widget/particle-view');
    const fig = page.getByRole('figure', { name: 'Particles in the flow' });
    await expect(fig.locator('.widget-status')).toContainText('WebGL2: 16,384 particles');
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.pv-canvas')!;
      (window as unknown as { loseExt: WEBGL_lose_context }).loseExt = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    });
    return fig;
  }

  test('context loss: the status says so, and the view comes back when the browser restores the context', async ({ page }) => {
    const fig = await openParticles(page);
    await page.evaluate(() => (window as unknown as { loseExt: WEBGL_lose_context }).loseExt.loseContext());
    await expect(fig.locator('.widget-status')).toContainText('The WebGL context was lost');
    await expect(fig.locator('.widget-readout')).toHaveText('Stopped: the WebGL context is lost.');
    await page.evaluate(() => (window as unknown as { loseExt: WEBGL_lose_context }).loseExt.restoreContext());
    await expect(fig.locator('.widget-status')).toContainText('WebGL2: 16,384 particles');
    await expect(fig.locator('.widget-readout')).toContainText('running');
  });

  test('context loss, never restored: the particles fall back to plain JavaScript and say why', async ({ page }) => {
    const fig = await openParticles(page);
    await page.evaluate(() => (window as unknown as { loseExt: WEBGL_lose_context }).loseExt.loseContext());
    await expect(fig.locator('.widget-status')).toContainText('The WebGL context was lost');
    await expect(fig.locator('.widget-status')).toHaveText('The WebGL context was lost and not restored within 3 s, so the particles run in plain JavaScript: 2,000 particles.');
    await expect(fig.locator('.widget-readout')).toContainText('2,000 particles');
  });
});

test.describe('rows 7–11: typed formulas', () => {
  test('a rejected formula never reaches the address, and a reload keeps the page', async ({ page }) => {
    await page.goto('/widget/ode-playground?eq=custom&f=cos(t)-y');
    const input = page.getByRole('textbox', { name: 'dy/dt =' });
    await expect(input).toHaveValue('cos(t)-y');
    await input.fill('y+'.repeat(5000) + 'y');
    await expect(page.getByRole('alert')).toContainText('The formula is longer than 300 characters.');
    await expect.poll(() => page.url().length).toBeLessThan(2000);
    expect(new URL(page.url()).searchParams.get('f')).toBe('cos(t)-y');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'dy/dt =' })).toHaveValue('cos(t)-y');
    await expect(page.locator('.widget-readout')).toContainText('evaluations');
  });

  test('the site’s notation is accepted; a prime and a call are named', async ({ page }) => {
    // Dopri5, so that no formula here is stepped unstably from the default starts y(0) = 2 and −1.
    await page.goto('/widget/ode-playground?eq=custom&method=dopri5');
    const input = page.getByRole('textbox', { name: 'dy/dt =' });
    for (const typed of ['−y', '2 × y', '0.1·y² − y', 'y⁻¹ + 1', '−(y + 1)³ + π']) {
      await input.fill(typed);
      await expect(input, typed).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.locator('.widget-readout')).toContainText('evaluations');
    }
    await input.fill('y′ = −y');
    await expect(page.getByRole('alert')).toContainText('The prime "′" (U+2032) at character 2 marks a derivative: type only the right-hand side, e.g. -y for y′ = −y.');
    await input.fill("import('x')");
    await expect(page.getByRole('alert')).toContainText('Unknown function "import": the functions are');
  });
});

test.describe('row 13: divergence', () => {
  test('the CNF trainer at its highest learning rate warns, and offers a lower one', async ({ page }) => {
    // Learning rate 1 (lr = 0, the slider's top) diverges within tens of iterations.
    await page.goto('/widget/cnf-trainer?lr=0&set=8gaussians&steps=2');
    await page.getByRole('button', { name: 'Train' }).click();
    const warning = page.getByTestId('divergence-warning');
    await expect(warning).toContainText(/Training (is diverging: the training NLL climbed to [\d.e+]+ nats, far above its best of [\d.-]+ nats|diverged)/, { timeout: 80_000 });
    await warning.getByRole('button', { name: 'Lower the learning rate' }).click();
    await expect(page).toHaveURL(/lr=-1(&|$)/);
    await expect(warning).toHaveCount(0);
    await page.getByRole('button', { name: 'Pause' }).click();
  });
});

test.describe('rows 15–17: numbers and addresses', () => {
  test('numbers that explode say the solution is numerically unstable, and why', async ({ page }) => {
    await page.goto('/widget/ode-playground?eq=custom&f=-1000*(y-cos(t))&h=0.1');
    const readout = page.locator('.widget-readout');
    await expect(readout).toContainText('Numerically unstable: the values reach');
    await expect(readout).toContainText('each Euler step multiplies deviations by |1 + hλ| = 99 > 1');
    await expect(readout).toContainText('take h < 0.002, or an adaptive method');
  });

  test('an odd y0 list on a 2-D system is named', async ({ page }) => {
    await page.goto('/widget/ode-playground?eq=custom2&y0=1_2_3');
    await expect(page.getByRole('alert')).toContainText('Ignored in the address: y0: 3 numbers do not make (x, y) pairs for this 2-D system');
  });

  test('CNF trainer address errors carry the prefix and say lr is log10', async ({ page }) => {
    await page.goto('/widget/cnf-trainer?lr=0.5');
    await expect(page.getByRole('alert')).toContainText('Ignored in the address: lr: 0.5 is outside [-4, 0] (lr is the log10 of the learning rate: -2 means 0.01)');
  });
});
