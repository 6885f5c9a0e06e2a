import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './scripts/chromium.ts';

/** End-to-end tests against the built site (`vite preview`), in a system Chromium where there is one. */
const executablePath = chromiumExecutable();
/** Several people may test at once: PW_PORT and PW_OUTDIR give each its own build and server. */
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_OUTDIR ?? 'dist';
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
};

export default defineConfig({
  testDir: 'e2e',
  // Generous waits: the suite must pass on a busy 2-core machine, and a wait ends as soon as its condition holds.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { baseURL: `http://127.0.0.1:${port}`, launchOptions, trace: 'off' },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions }, grepInvert: /@phone-only/ },
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions }, grep: /@phone/ },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
