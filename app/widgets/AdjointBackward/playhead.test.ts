import { describe, expect, it } from 'vitest';
import { computeBackwardScene } from '../../nn/adjointDemo/backwardScene';
import { advance, END, nextStep, stepPositions, stepsPassed, viewAt } from './playhead';

describe('the backward-pass playhead', () => {
  const scene = computeBackwardScene({ damping: 0.8, T: 5, btolExp: -2 });

  it('maps [0, 1] to the forward solve and [1, 2] to the backward solve from T down to 0', () => {
    expect(viewAt(0, 5)).toEqual({ phase: 'forward', t: 0 });
    expect(viewAt(0.5, 5)).toEqual({ phase: 'forward', t: 2.5 });
    expect(viewAt(1.5, 5)).toEqual({ phase: 'backward', t: 2.5 });
    expect(viewAt(END, 5)).toEqual({ phase: 'backward', t: 0 });
  });

  it('stepping visits every accepted step of both solves, in order, and ends at the end', () => {
    let pos = 0;
    let visits = 0;
    while (pos < END && visits < 1000) {
      pos = nextStep(scene, pos);
      visits++;
    }
    expect(pos).toBe(END);
    // Every distinct step position inside the playhead's range is visited once.
    const inside = new Set(stepPositions(scene).filter((p) => p > 0 && p < END));
    expect(visits).toBe(inside.size + 1);
  });

  it('counts all backward steps at the end, even one that overshot t = 0', () => {
    expect(stepsPassed(scene, END)).toEqual({ forward: scene.forwardSteps.length - 1, backward: scene.backwardSteps.length - 1 });
    expect(stepsPassed(scene, 0.5).backward).toBe(0);
  });

  it('advances with wall time, at most 100 ms per frame, and stops at the end', () => {
    expect(advance(0, 1000)).toBeCloseTo(0.05, 12); // 100 ms of a 2 s forward phase
    expect(advance(1.99, 1000)).toBe(END);
  });
});
