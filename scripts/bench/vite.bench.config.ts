/**
 * The benchmark build: the site's Vite set-up with one more page, scripts/bench/pages/bench.html, which
 * installs the benchmark hooks. Written to dist-bench/ so the shipped build never contains it.
 */
import { defineConfig, mergeConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import site from '../../vite.config.ts';

export default mergeConfig(
  site,
  defineConfig({
    build: {
      outDir: 'dist-bench',
      rollupOptions: { input: { bench: fileURLToPath(new URL('./pages/bench.html', import.meta.url)) } },
    },
  }),
);
