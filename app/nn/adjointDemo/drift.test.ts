import { describe, expect, it } from 'vitest';
import { finiteDifferences, runToEnd } from './algorithm1';
import { driftPoint, driftProblem, referenceGradient, runDrift } from './drift';
import { maxRelError as relError } from './relError';

describe('reverse drift of a contracting system', () => {
  it('without checkpoints, the backward solve cannot find z(0) again', () => {
    const r = runDrift({ k: 6, T: 4, checkpoints: 0, tol: 1e-6 });
    // z(0) = (1.5, 1.5): an error above 1 means the fast direction is simply lost.
    expect(r.reconstructionError).toBeGreaterThan(1);
  });

  it('the reference gradient agrees with finite differences', () => {
    const ref = referenceGradient({ k: 6, T: 4 });
    const fd = runToEnd(finiteDifferences(driftProblem({ k: 6, T: 4, checkpoints: 0, tol: 1e-6 }), { stepSize: 1e-3 }));
    expect(relError(ref.dLdTheta, fd.dLdTheta)).toBeLessThan(1e-6);
    expect(relError(ref.dLdz0, fd.dLdz0)).toBeLessThan(1e-6);
  });

  it('checkpoints make the reconstruction and gradient errors fall', () => {
    const ref = referenceGradient({ k: 6, T: 4 });
    const pts = [0, 1, 3].map((c) => driftPoint({ k: 6, T: 4, checkpoints: c, tol: 1e-6 }, ref));
    expect(pts[1].reconstructionError).toBeLessThan(pts[0].reconstructionError / 100);
    expect(pts[2].reconstructionError).toBeLessThan(pts[1].reconstructionError);
    expect(pts[2].reconstructionError).toBeLessThan(1e-3);
    expect(pts[0].gradientError).toBeGreaterThan(1e-2);
    expect(pts[1].gradientError).toBeLessThan(pts[0].gradientError / 100);
    expect(pts[2].gradientError).toBeLessThan(1e-5);
  });

  it('the drift comes from the contraction: a gentle one loses little', () => {
    const gentle = runDrift({ k: 1, T: 4, checkpoints: 0, tol: 1e-6 });
    const sharp = runDrift({ k: 6, T: 4, checkpoints: 0, tol: 1e-6 });
    expect(gentle.reconstructionError).toBeLessThan(1e-3);
    expect(sharp.reconstructionError).toBeGreaterThan(1000 * gentle.reconstructionError);
  });
});
