/**
 * Chooses the tfjs backend by capability and a short measured probe, not by assumption (DESIGN.md, tfjs):
 *
 * 1. No WebGL2 with float render targets → wasm (cpu if wasm fails to start).
 * 2. WebGL2 on a software renderer (SwiftShader, llvmpipe) → wasm: on a CPU, wasm's SIMD kernels are
 *    3–6× faster than WebGL emulated in software (STACK.md, "Speed on this machine").
 * 3. A real GPU → time the same small batched MLP workload on webgl and on wasm, keep the faster.
 *
 * The choice is made once per page: tfjs's backend is itself a page-wide singleton, so the promise below
 * is the one piece of module state here, and it only mirrors tfjs's own. `?backend=webgl|wasm|cpu` in the
 * page address forces a backend (for comparisons and tests).
 */
import type * as TF from '@tensorflow/tfjs-core';
import { readWebglInfo, type WebglInfo } from './webglInfo';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

export interface TfBackendInfo {
  backend: BackendName;
  /** One sentence for the status line: why this backend runs. */
  reason: string;
  webgl: WebglInfo;
  /** Probe figures in ms per run, when a probe ran. */
  probe?: Partial<Record<BackendName, number>>;
  tf: typeof TF;
}

let choice: Promise<TfBackendInfo> | null = null;

export function ensureTfBackend(): Promise<TfBackendInfo> {
  choice ??= choose();
  return choice;
}

function forcedBackend(): BackendName | null {
  if (typeof location === 'undefined') return null;
  const b = new URLSearchParams(location.search).get('backend');
  return b === 'webgl' || b === 'wasm' || b === 'cpu' ? b : null;
}

/** A 1024×64 tanh MLP layer pair, the shape of the site's batched work; ms per run after one warm-up. */
async function probe(tf: typeof TF, runs = 3): Promise<number> {
  const x = tf.randomUniform([1024, 64], -1, 1, 'float32', 1);
  const w = tf.randomUniform([64, 64], -0.2, 0.2, 'float32', 2);
  const once = async () => {
    const y = tf.tidy(() => tf.tanh(tf.matMul(tf.tanh(tf.matMul(x, w)), w)));
    await y.data();
    y.dispose();
  };
  await once();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await once();
  const ms = (performance.now() - start) / runs;
  x.dispose();
  w.dispose();
  return ms;
}

async function trySet(tf: typeof TF, name: BackendName): Promise<boolean> {
  try {
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

async function choose(): Promise<TfBackendInfo> {
  const { tf } = await import('./tfLoad');
  const webgl = readWebglInfo();
  const done = (backend: BackendName, reason: string, probeMs?: TfBackendInfo['probe']): TfBackendInfo => ({ backend, reason, webgl, probe: probeMs, tf });
  const fallback = async (reason: string): Promise<TfBackendInfo> => {
    if (await trySet(tf, 'wasm')) return done('wasm', reason);
    await trySet(tf, 'cpu');
    return done('cpu', `${reason} WebAssembly did not start either, so the slow plain-JavaScript backend runs.`);
  };

  const forced = forcedBackend();
  if (forced) {
    if (await trySet(tf, forced)) return done(forced, `Chosen in the page address (?backend=${forced}).`);
    return fallback(`The requested backend "${forced}" is not available here.`);
  }
  if (!webgl.webgl2 || !webgl.floatTargets) {
    return fallback(webgl.webgl2 ? 'WebGL2 here cannot render to float textures, so wasm runs.' : 'This browser has no WebGL2, so wasm runs on the CPU.');
  }
  if (webgl.software) {
    return fallback('WebGL here is a software renderer; on a CPU wasm is faster.');
  }
  const probeMs: TfBackendInfo['probe'] = {};
  if (await trySet(tf, 'webgl')) probeMs.webgl = await probe(tf);
  if (await trySet(tf, 'wasm')) probeMs.wasm = await probe(tf);
  const best: BackendName = probeMs.webgl !== undefined && (probeMs.wasm === undefined || probeMs.webgl <= probeMs.wasm) ? 'webgl' : probeMs.wasm !== undefined ? 'wasm' : 'cpu';
  await trySet(tf, best);
  const fmt = (v?: number) => (v === undefined ? 'n/a' : `${v.toFixed(1)} ms`);
  return done(best, `Measured on a 1024×64 MLP probe: webgl ${fmt(probeMs.webgl)}, wasm ${fmt(probeMs.wasm)}.`, probeMs);
}
