/**
 * For benchmarks that must run in a browser: serves the built site (`dist/`, which `npm run bench` builds first)
 * with `vite preview` on a free port, opens it in the system Chromium, and hands the page to `fn`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutable } from '../chromium.ts';

export async function withBrowserPage<T>(path: string, fn: (page: Page) => Promise<T>, opts: { port?: number; outDir?: string } = {}): Promise<T> {
  const port = opts.port ?? 4400 + Math.floor(Math.random() * 500);
  // Vite's own entry under this Node, not `npx vite`: killing npx would leave the preview server running.
  const viteBin = join(dirname(fileURLToPath(import.meta.resolve('vite/package.json'))), 'bin', 'vite.js');
  const server = spawn(process.execPath, [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', opts.outDir ?? 'dist'], { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const exe = chromiumExecutable();
    const browser = await chromium.launch({
      ...(exe ? { executablePath: exe } : {}),
      args: ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(base + path);
      return await fn(page);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
