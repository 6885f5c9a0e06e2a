/**
 * `npm start` serves the site with Vite's dev server, whose import analysis differs from the build's: this
 * starts a real dev server and fetches the chapter list and the shell module that imports it, as the browser
 * does, so a plugin that works in the build but breaks `npm start` fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';

let server: ViteDevServer;
let base = '';
beforeAll(async () => {
  server = await createServer({
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    server: { host: '127.0.0.1', port: 0, hmr: false },
    logLevel: 'silent',
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await server?.close();
});

describe('the dev server (npm start)', () => {
  it('serves the chapter list, every chapter with title and order', async () => {
    // In the browser's order: the importer first, then the virtual module it names.
    await (await fetch(`${base}/app/shell/chapters.ts`)).text();
    const res = await fetch(`${base}/@id/__x00__virtual:chapters`);
    const code = await res.text();
    expect(res.status, code.slice(0, 300)).toBe(200);
    expect(code).toContain('"slug":"ode-basics"');
    expect(code).toContain('"slug":"normalizing-flows"');
  });

  it('serves the shell module that imports it', async () => {
    const res = await fetch(`${base}/app/shell/chapters.ts`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('virtual:chapters');
  });
});
