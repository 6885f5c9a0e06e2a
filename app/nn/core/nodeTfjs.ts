/**
 * Node-only (benchmarks and scripts run by tsx; never imported by the site or by Vitest, which resolves
 * these imports itself). tfjs-core's ES-module files import each other without file extensions
 * (`import './gradients'`), which Node's ES-module loader refuses, so `register_all_gradients` (imported by
 * app/nn/core/tf.ts) cannot load under plain Node. This registers a resolve hook that retries such a relative
 * import inside tfjs-core's dist/ with ".js" appended. Call it before importing app/nn (dynamically).
 */
import { register } from 'node:module';

const HOOK = `
export async function resolve(specifier, context, next) {
  const parent = context.parentURL ?? '';
  if (parent.includes('/@tensorflow/tfjs-core/dist/') && specifier.startsWith('.') && !specifier.endsWith('.js')) {
    try { return await next(specifier + '.js', context); } catch { /* fall through */ }
  }
  return next(specifier, context);
}`;

export function enableTfjsCoreEsmInNode(): void {
  register('data:text/javascript,' + encodeURIComponent(HOOK));
}

/** Loads the engine with a Node backend chosen: 'wasm' (8–10× faster than 'cpu' here, STACK.md) or 'cpu'. */
export async function loadNnForNode(backend: 'wasm' | 'cpu') {
  enableTfjsCoreEsmInNode();
  await import('@tensorflow/tfjs-backend-wasm');
  await import('@tensorflow/tfjs-backend-cpu');
  const nn = await import('../index.ts');
  nn.tf.env().set('PROD', true);
  if (!(await nn.tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} did not start`);
  await nn.tf.ready();
  return nn;
}
