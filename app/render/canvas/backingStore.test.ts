import { describe, expect, it } from 'vitest';
import { capNote, fitBackingStore, scaleContext } from './backingStore';

describe('fitBackingStore', () => {
  it('gives a 300×200 CSS canvas a 600×400 store on a 2× screen', () => {
    const canvas = { width: 300, height: 150 };
    const b = fitBackingStore(canvas, 300, 200, { screen: 2 });
    expect(canvas).toEqual({ width: 600, height: 400 });
    expect(b).toEqual({ ratio: 2, screen: 2, capped: false });
    expect(capNote(b, 'the GPU busy less')).toBe('');
  });

  it('rounds fractional ratios to whole device pixels', () => {
    const canvas = { width: 0, height: 0 };
    fitBackingStore(canvas, 385, 385, { screen: 2.625 });
    expect(canvas).toEqual({ width: 1011, height: 1011 });
  });

  it('caps the ratio where a budget asks, and says so', () => {
    const canvas = { width: 0, height: 0 };
    const b = fitBackingStore(canvas, 500, 500, { screen: 3, maxRatio: 2 });
    expect(canvas).toEqual({ width: 1000, height: 1000 });
    expect(b.capped).toBe(true);
    expect(capNote(b, 'the particle step within a frame')).toBe("Drawn at 2× pixel density, below this screen's 3×, to keep the particle step within a frame.");
  });

  it('does not touch a store that already has the size (resizing would clear the picture)', () => {
    let writes = 0;
    const canvas = {
      w: 600,
      get width() { return this.w; },
      set width(v: number) { writes++; this.w = v; },
      height: 600,
    };
    fitBackingStore(canvas, 300, 300, { screen: 2 });
    expect(writes).toBe(0);
  });

  it('scales a 2-D context so drawing code works in CSS pixels', () => {
    const calls: number[][] = [];
    scaleContext({ setTransform: (...a: number[]) => calls.push(a) }, { ratio: 2, screen: 2, capped: false });
    expect(calls).toEqual([[2, 0, 0, 2, 0, 0]]);
  });

  it('maps fixed drawing units onto a canvas laid out at another CSS size', () => {
    // A 300-unit picture on a canvas laid out at 400 CSS px of a 2× screen: the store is 800 px wide, so a
    // unit must cover 800 / 300 device pixels for the picture to fill it.
    const canvas = { width: 0, height: 0 };
    const store = fitBackingStore(canvas, 400, 400, { screen: 2 });
    const calls: number[][] = [];
    scaleContext({ setTransform: (...a: number[]) => calls.push(a) }, store, 400 / 300);
    expect(canvas.width).toBe(800);
    expect(calls[0][0] * 300).toBeCloseTo(800, 9);
    expect(calls[0][3] * 300).toBeCloseTo(800, 9);
  });
});
