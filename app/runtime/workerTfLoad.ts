/**
 * tfjs for Web Workers: tfjs-core with the cpu and wasm backends only. A worker has no DOM canvas and
 * starts wasm, else cpu (workerTf.ts), so the webgl backend that `tfLoad.ts` brings for the page would be
 * dead weight in every worker bundle (≈ 90 kB gzip; issue 14, chapters ≤ 350 kB). Import only from workerTf.ts,
 * and from tfLoad.ts, which adds the webgl backend to this same set-up for the page.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd,
});
// The threaded binary breaks in minified builds when the page is cross-origin isolated (STACK.md).
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

export { tf };
