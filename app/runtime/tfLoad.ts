/**
 * The only module that imports tfjs for the browser. It is reached solely through a dynamic import in
 * `tfBackend.ts`, so tfjs (≈185 kB gzip) and its wasm binaries become lazy chunks that the home page and
 * chapter 1 never load (DESIGN.md, tfjs).
 *
 * tfjs-core would read `?tfjsflags=` (and choke on a malformed query) from the page's address when it makes
 * its engine; the build removes that (scripts/vite/tfjsNoAddressFlags.ts).
 */
import '@tensorflow/tfjs-backend-webgl';
// tfjs-core with the cpu and wasm backends and the wasm binaries' paths, set up once for page and workers.
export { tf } from './workerTfLoad';
