/**
 * The density-frame benchmark (scripts/bench/cnf.bench.ts), on the bench page `bench.html` that only the
 * benchmark build contains: `window.__cnfBench(size, path)` times one density frame — every pixel of a size² grid integrated from
 * t = T back to 0 in FRAMES steps, read back to the CPU — on the fused WebGL2 program or on tfjs with the
 * named backend (op by op, the whole grid as one batch). One warm-up frame on a small grid compiles
 * shaders first; returns milliseconds of the timed frame.
 */
import { ensureTfBackend } from '../../../app/runtime/tfBackend';
import { createComputeContext, FusedCnfProgram } from '../../../app/nn/gl/cnfProgram';
import { cnfToTensors, disposeCnfTensors, integrateAugTensor } from '../../../app/nn/cnf/tensorFlow';
import type { CnfWeights } from '../../../app/nn/cnf/model';
import { gridPoints, nextFrame } from '../../../app/nn/cnf/densityEngine';

export type BenchPath = 'fused' | 'webgl' | 'wasm';

export async function benchFrame(w: CnfWeights, size: number, path: BenchPath, steps: number): Promise<number> {
  const pts = gridPoints({ size, extent: 4 });
  const warm = gridPoints({ size: 8, extent: 4 });
  const h = w.T / steps;
  if (path === 'fused') {
    const ctx = createComputeContext();
    if (!('gl' in ctx)) throw new Error(ctx.error);
    const prog = new FusedCnfProgram(ctx.gl, w);
    try {
      const run = async (p: Float32Array, width: number) => {
        const b = prog.createBatch(p, width);
        for (let s = 0; s < steps; s++) prog.step(b, w.T - s * h, -h, 1);
        await prog.finish(b, nextFrame);
        prog.disposeBatch(b);
      };
      await run(warm, 8);
      const t0 = performance.now();
      await run(pts, size);
      return performance.now() - t0;
    } finally {
      prog.destroy();
    }
  }
  const { tf } = await ensureTfBackend();
  if (!(await tf.setBackend(path))) throw new Error(`tfjs backend ${path} did not start`);
  await tf.ready();
  const p = cnfToTensors(tf, w, false);
  try {
    // One tidy per step, as the widget does: a single tidy over all steps would keep every stage's
    // intermediates alive at once (gigabytes at 256²).
    const run = async (xy: Float32Array) => {
      let z = tf.tensor2d(xy, [xy.length / 2, 2]);
      let A = tf.zeros([xy.length / 2]);
      for (let s = 0; s < steps; s++) {
        const t0 = w.T - s * h;
        const next = tf.tidy(() => {
          const r = integrateAugTensor(tf, p, z, t0, t0 - h, 1);
          return { z: r.z, A: tf.add(A, r.A) };
        });
        tf.dispose([z, A]);
        z = next.z;
        A = next.A;
      }
      await Promise.all([z.data(), A.data()]);
      tf.dispose([z, A]);
    };
    await run(warm);
    const t0 = performance.now();
    await run(pts);
    return performance.now() - t0;
  } finally {
    disposeCnfTensors(p);
  }
}
