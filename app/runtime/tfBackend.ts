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

/**
 * Why a backend runs, as data, so a widget can word it in the page's language: chosen in the address, or
 * the address asked for one that is missing, or WebGL2 lacks float render targets, is missing, or is a
 * software renderer, or the probe measured the fastest. `cpuFallback`: wasm did not start either.
 */
export type TfBackendWhy = (
  | { code: 'forced'; requested: BackendName }
  | { code: 'forced-missing'; requested: BackendName }
  | { code: 'no-float-targets' }
  | { code: 'no-webgl2' }
  | { code: 'software-webgl' }
  | { code: 'measured'; probe: Partial<Record<BackendName, number>> }
) & { cpuFallback?: boolean };

export interface TfBackendInfo {
  backend: BackendName;
  /** One sentence for the status line: why this backend runs (English; `why` has the same as data). */
  reason: string;
  why: TfBackendWhy;
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
  const done = (backend: BackendName, reason: string, why: TfBackendWhy, probeMs?: TfBackendInfo['probe']): TfBackendInfo => ({ backend, reason, why, webgl, probe: probeMs, tf });
  const fallback = async (reason: string, why: TfBackendWhy): Promise<TfBackendInfo> => {
    if (await trySet(tf, 'wasm')) return done('wasm', reason, why);
    await trySet(tf, 'cpu');
    return done('cpu', `${reason} WebAssembly did not start either, so the slow plain-JavaScript backend runs.`, { ...why, cpuFallback: true });
  };

  const forced = forcedBackend();
  if (forced) {
    if (await trySet(tf, forced)) return done(forced, `Chosen in the page address (?backend=${forced}).`, { code: 'forced', requested: forced });
    return fallback(`The requested backend "${forced}" is not available here.`, { code: 'forced-missing', requested: forced });
  }
  if (!webgl.webgl2 || !webgl.floatTargets) {
    return webgl.webgl2
      ? fallback('WebGL2 here cannot render to float textures, so wasm runs.', { code: 'no-float-targets' })
      : fallback('This browser has no WebGL2, so wasm runs on the CPU.', { code: 'no-webgl2' });
  }
  if (webgl.software) {
    return fallback('WebGL here is a software renderer; on a CPU wasm is faster.', { code: 'software-webgl' });
  }
  const probeMs: TfBackendInfo['probe'] = {};
  if (await trySet(tf, 'webgl')) probeMs.webgl = await probe(tf);
  if (await trySet(tf, 'wasm')) probeMs.wasm = await probe(tf);
  const best: BackendName = probeMs.webgl !== undefined && (probeMs.wasm === undefined || probeMs.webgl <= probeMs.wasm) ? 'webgl' : probeMs.wasm !== undefined ? 'wasm' : 'cpu';
  await trySet(tf, best);
  const fmt = (v?: number) => (v === undefined ? 'n/a' : `${v.toFixed(1)} ms`);
  return done(best, `Measured on a 1024×64 MLP probe: webgl ${fmt(probeMs.webgl)}, wasm ${fmt(probeMs.wasm)}.`, { code: 'measured', probe: probeMs }, probeMs);
}
