/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import { fileURLToPath } from 'node:url';
import { chaptersPlugin } from './scripts/vite/chaptersPlugin.ts';
import { prerenderPlugin } from './scripts/vite/prerenderPlugin.ts';
import { chapterPlugins } from './scripts/vite/chapterPlugins.ts';
import { chapterMathsPlugin } from './scripts/vite/chapterMathsPlugin.ts';
import { tfjsNoAddressFlags } from './scripts/vite/tfjsNoAddressFlags.ts';

const contentDir = fileURLToPath(new URL('./content', import.meta.url));

/**
 * Where the site is served from. One build setting moves it under a sub-path of a static host:
 * `BASE_PATH=/continuous-depth/ npm run build` (or `npx vite build --base /continuous-depth/`).
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    {
      enforce: 'pre',
      // The plugin list (and why its order matters) is in scripts/vite/chapterPlugins.ts.
      ...mdx({ providerImportSource: '@mdx-js/react', ...chapterPlugins(contentDir) }),
    },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    chaptersPlugin(contentDir),
    chapterMathsPlugin(contentDir),
    tfjsNoAddressFlags(),
    prerenderPlugin({ entry: 'app/entry-server.tsx' }),
  ],
  // Workers are bundled separately; their `location` is the worker script's own address, but they get the
  // same tfjs-core source as the page.
  worker: { plugins: () => [tfjsNoAddressFlags()] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['app/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
