/**
 * Chapter 4's prose and captions describe its widgets at their defaults; these checks run the widgets'
 * computations at the schema defaults and hold the text to what they produce (DESIGN.md, Widgets:
 * "captions and prose that quote a widget's default must match it").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeBackwardScene } from '../nn/adjointDemo/backwardScene';
import { DRIFT_Z0, runDrift, referenceGradient } from '../nn/adjointDemo/drift';
import { maxRelError as relError } from '../nn/adjointDemo/relError';
import { spiralField } from '../nn/adjointDemo/field';
import { adjointBackwardSchema } from './adjointBackward';
import { defaults } from './urlSchema';
import { reverseDriftSchema } from './reverseDrift';

const mdx = readFileSync(join(import.meta.dirname, '../../content/en/adjoint.mdx'), 'utf8').replace(/\s+/g, ' ');

describe('chapter 4 text against its widgets’ defaults', () => {
  it('the network has the size the text gives it (2 inputs, 2 tanh units, 2 outputs, 12 parameters)', () => {
    expect(mdx).toContain('2 inputs, 2 tanh units, 2 outputs, 12 parameters');
    const f = spiralField();
    expect(f.dim).toBe(2);
    expect(f.nParams).toBe(12);
  });

  it('at the drift widget’s defaults, the backward solve misses z(0) by more than |z(0)|, and the gradient by a large fraction', () => {
    expect(mdx).toContain('misses $z(0)$ by a distance larger than $z(0)$ itself');
    const d = defaults(reverseDriftSchema);
    expect(d.checkpoints).toBe(0);
    const setup = { k: d.k, T: 4, checkpoints: d.checkpoints, tol: 10 ** d.tol };
    const run = runDrift(setup);
    expect(run.reconstructionError).toBeGreaterThan(Math.hypot(DRIFT_Z0[0], DRIFT_Z0[1]));
    const ref = referenceGradient(setup);
    expect(relError(run.adjoint.dLdTheta, ref.dLdTheta)).toBeGreaterThan(0.1);
  });

  it('one checkpoint cuts the drift error by orders of magnitude (at the defaults)', () => {
    expect(mdx).toContain('cuts the error by orders of magnitude');
    const d = defaults(reverseDriftSchema);
    const none = runDrift({ k: d.k, T: 4, checkpoints: 0, tol: 10 ** d.tol });
    const one = runDrift({ k: d.k, T: 4, checkpoints: 1, tol: 10 ** d.tol });
    expect(one.reconstructionError).toBeLessThan(none.reconstructionError / 1000);
  });

  it('the spiral’s miss is small at the animation’s defaults and shrinks with the tolerance', () => {
    expect(mdx).toContain('the miss is small and shrinks with the tolerance');
    const d = defaults(adjointBackwardSchema);
    const at = computeBackwardScene({ damping: d.damping, T: d.T, btolExp: d.btol });
    const tighter = computeBackwardScene({ damping: d.damping, T: d.T, btolExp: d.btol - 3 }); // 1e-7, within the slider's range
    expect(at.drift0).toBeLessThan(0.01);
    expect(tighter.drift0).toBeLessThan(at.drift0 / 10);
  });
});
