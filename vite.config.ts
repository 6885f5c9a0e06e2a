/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import rehypeExtractToc from '@stefanprobst/rehype-extract-toc';
import rehypeExportToc from '@stefanprobst/rehype-extract-toc/mdx';
import { fileURLToPath } from 'node:url';
import { chaptersPlugin } from './scripts/vite/chaptersPlugin.ts';
import { prerenderPlugin } from './scripts/vite/prerenderPlugin.ts';
import rehypeScrollRegions from './scripts/vite/rehypeScrollRegions.ts';
import rehypeCounterpartIds from './scripts/vite/rehypeCounterpartIds.ts';
import { remarkPlugins } from './scripts/vite/mdxPipeline.ts';
import remarkInlineSources from './scripts/vite/remarkInlineSources.ts';
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
      ...mdx({
        providerImportSource: '@mdx-js/react',
        // remarkInlineSources writes into each chapter the glossary entries and references it shows.
        remarkPlugins: [...remarkPlugins, [remarkInlineSources, { contentDir }]],
        // rehype-slug gives headings stable ids (a translated chapter's headings first take the English
        // chapter's ids, position by position: rehypeCounterpartIds); extract-toc exports them as `tableOfContents`, so the
        // table of contents is known before the body renders (on the server too) and nothing shifts.
        // Scroll regions wrap wide equations, code and tables after KaTeX has typeset them.
        rehypePlugins: [[rehypeCounterpartIds, { contentDir }], rehypeSlug, rehypeExtractToc, rehypeExportToc, [rehypeKatex, { throwOnError: true, strict: 'error' }], rehypeScrollRegions],
      }),
    },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    chaptersPlugin(contentDir),
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
