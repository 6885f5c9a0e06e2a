/**
 * Reflow (Liu, Gong & Liu 2023, arXiv 2209.03003, §2): draw noise x₀, follow the trained flow to its
 * sample x₁ = Φ(x₀), and train a new field on the pairs (x₀, x₁) with the same linear path. The pairs are
 * no longer independent: each x₀ is coupled to the sample its own path reached, so paths through one point
 * disagree less, and the new flow's paths are straighter.
 */
import type { Rng } from '../../math/rng';
import type { CnfWeights } from '../cnf/model';
import { noise, samplePaths, type DopriOptions } from './sample';

export interface ReflowPairs {
  x0: Float32Array;
  x1: Float32Array;
}

export function reflowPairs(w: CnfWeights, n: number, rng: Rng, tol: DopriOptions): ReflowPairs {
  const x0 = noise(n, rng);
  const { paths } = samplePaths(w, x0, [0, 1], tol);
  const x1 = new Float32Array(2 * n);
  for (let k = 0; k < n; k++) {
    x1[2 * k] = paths[2 * (2 * k + 1)];
    x1[2 * k + 1] = paths[2 * (2 * k + 1) + 1];
  }
  return { x0: Float32Array.from(x0), x1 };
}
