/**
 * Runs a Node training script that needs tfjs gradients. tfjs-core registers its gradients only in its
 * ES-module build, which Node cannot load directly (extensionless imports), and its Node build has none. So
 * the script bundles itself with esbuild, resolving tfjs's `module` entry as a browser bundler would, and
 * runs the bundle in a child process; inside the bundle, `main` runs.
 *
 * @param entryUrl the script's `import.meta.url`
 * @param env passed to the child: values the script computed from its real location (inside the bundle,
 *   `import.meta.url` points at a temporary file)
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INNER = 'TFJS_BUNDLE_INNER';

export async function runInTfjsBundle(entryUrl: string, main: () => Promise<void>, env: Record<string, string> = {}): Promise<void> {
  if (process.env[INNER] === '1') {
    await main();
    return;
  }
  const { build } = await import('esbuild');
  const entry = fileURLToPath(entryUrl);
  const bundle = join(tmpdir(), `${basename(entry, '.ts')}-${process.pid}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    outfile: bundle,
    logLevel: 'error',
    external: ['esbuild'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url); const __filename = new URL(import.meta.url).pathname; const __dirname = __filename.replace(/[/][^/]*$/, '');",
    },
  });
  const r = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...env, [INNER]: '1' } });
  process.exitCode = r.status ?? 1;
}
