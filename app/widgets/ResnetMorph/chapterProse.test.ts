/**
 * The chapter's prose quotes settings of its widgets; this checks each quote against the code it describes
 * (DESIGN.md, Widgets: captions and prose that quote a widget's default must match it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resnetMorphSchema, MORPH_CONTINUOUS } from '../../state/resnetMorph';

/** The chapter with glossary links unwrapped (`<Term id="…">word</Term>` reads as "word"). */
const mdx = readFileSync(new URL('../../../content/en/resnet-to-ode.mdx', import.meta.url), 'utf8').replace(/<Term id="[^"]*">([\s\S]*?)<\/Term>/g, '$1');

describe('chapter 2 prose matches the code', () => {
  it('crossing demo: 16 evenly spaced points and the 17/45 floor', async () => {
    const { CROSS_DEFAULTS, evenly } = await import('../../nn/classify/crossing');
    expect(mdx).toContain(`${CROSS_DEFAULTS.points} evenly spaced points`);
    const xs = evenly(CROSS_DEFAULTS.points);
    const floor = xs.reduce((a, x) => a + x * x, 0) / xs.length;
    expect(floor).toBeCloseTo(17 / 45, 12);
    expect(mdx).toContain('$17/45 \\approx 0.378$');
    expect(floor.toFixed(3)).toBe('0.378');
  });

  it('comparison: six blocks against one solve, 32-wide, tolerance 1e-3, 360 held-out of 1,797', async () => {
    const { DIGIT_NET_DEFAULTS } = await import('../../nn/classify/digitNets');
    expect(DIGIT_NET_DEFAULTS.blocks).toBe(6);
    expect(mdx).toContain('six residual blocks against one dopri5');
    expect(mdx).toContain(`a ${DIGIT_NET_DEFAULTS.width}-wide hidden state`);
    expect(DIGIT_NET_DEFAULTS.rtol).toBe(1e-3);
    expect(DIGIT_NET_DEFAULTS.atol).toBe(1e-3);
    expect(mdx).toContain('solve at tolerance $10^{-3}$');
    expect(mdx).toContain('360 held-out digits');
    expect(mdx).toContain('1,797');
  });

  it('plane warp: a ResNet with six blocks', async () => {
    const { WARP_DEFAULTS } = await import('../../nn/classify/warp');
    expect(WARP_DEFAULTS.blocks).toBe(6);
    expect(mdx).toContain('a ResNet with six blocks');
  });

  it('morph: L from 1 to 64, then the continuous limit at dopri5 tolerance 1e-7', () => {
    expect(MORPH_CONTINUOUS).toBe(65);
    expect(resnetMorphSchema.L.default).toBeGreaterThanOrEqual(1);
    expect(mdx).toContain('Past 64 the slider switches to the continuous model');
    expect(mdx).toContain('solved adaptively by dopri5 to a relative\ntolerance of $10^{-7}$');
  });
});
