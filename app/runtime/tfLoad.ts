/**
 * The only module that imports tfjs for the browser. It is reached solely through a dynamic import in
 * `tfBackend.ts`, so tfjs (≈185 kB gzip) and its wasm binaries become lazy chunks that the home page and
 * chapter 1 never load (DESIGN.md, tfjs).
 *
 * tfjs-core would read `?tfjsflags=` (and choke on a malformed query) from the page's address when it makes
 * its engine; the build removes that (scripts/vite/tfjsNoAddressFlags.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
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
