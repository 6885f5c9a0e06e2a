/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import { fileURLToPath } from 'node:url';
import { chaptersPlugin } from './scripts/vite/chaptersPlugin.ts';
import { tfjsNoAddressFlags } from './scripts/vite/tfjsNoAddressFlags.ts';

const contentDir = fileURLToPath(new URL('./content', import.meta.url));

export default defineConfig({
  plugins: [
    {
      enforce: 'pre',
      ...mdx({
        providerImportSource: '@mdx-js/react',
        remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter, remarkMath, remarkGfm],
        rehypePlugins: [rehypeSlug, [rehypeKatex, { throwOnError: true, strict: 'error' }]],
      }),
    },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    chaptersPlugin(contentDir),
    tfjsNoAddressFlags(),
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
