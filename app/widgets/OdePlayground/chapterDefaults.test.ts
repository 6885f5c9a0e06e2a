/**
 * Captions and prose that quote a widget's default must match it (DESIGN.md, Widgets). This reads the
 * chapter, finds each figure it quotes about the playgrounds' default set-ups, and recomputes it with the
 * widget's own defaults and `odeint`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeQuery, defaults } from '../../state/urlSchema';
import { odePlaygroundSchema } from '../../state/odePlayground';
import { convergencePlotSchema } from '../../state/convergencePlot';
import { PRESETS, STIFF_LAMBDA } from '../../math/problems/presets';
import { compilePreset } from '../../math/problems/compile';
import { solveTrajectory } from './solve';

const mdx = readFileSync(join(__dirname, '../../../content/en/ode-basics.mdx'), 'utf8');
const prose = mdx.replace(/\s+/g, ' ');

/** The props of every `<OdePlayground ... />` in the chapter, in the URL's notation (a list `[a, b]` as `a_b`). */
function playgroundProps(): Record<string, string>[] {
  const value = (raw: string) => (/^\[.*\]$/.test(raw.trim()) ? (JSON.parse(raw) as number[]).join('_') : raw);
  return [...mdx.matchAll(/<OdePlayground([^>]*)\/>/g)].map((m) => Object.fromEntries([...m[1].matchAll(/(\w+)=(?:"([^"]*)"|\{([^}]*)\})/g)].map((a) => [a[1], a[2] ?? value(a[3])])));
}

describe('chapter 1 quotes the widgets as they are', () => {
  const d = defaults(odePlaygroundSchema);

  it('every playground set-up in the chapter is a valid setting', () => {
    const props = playgroundProps();
    expect(props.length).toBeGreaterThanOrEqual(3);
    for (const p of props) {
      const { problems } = decodeQuery(odePlaygroundSchema, new URLSearchParams(p).toString());
      expect(problems).toEqual([]);
    }
    // The first playground opens on a scalar equation with no props: the widget's defaults.
    expect(props[0]).toEqual({});
    expect(PRESETS[d.eq as keyof typeof PRESETS].kind).toBe('scalar');
  });

  it('the first playground: Euler, h, steps, evaluations and the final error', () => {
    const p = PRESETS[d.eq as keyof typeof PRESETS];
    expect(d.method).toBe('euler');
    expect(prose).toContain(`taking steps of size $h = ${d.h}$`);
    for (let i = 0; i < p.y0s.length; i++) {
      const tr = solveTrajectory({ field: compilePreset(p).field, dim: 1, t0: p.t0, t1: p.t1, method: d.method, h: d.h, tol: 10 ** d.tol, y0: [p.y0s[i]], exact: p.exact });
      expect(prose).toContain(`It needs ${tr.counts!.accepted} steps and ${tr.counts!.nfe} evaluations`);
      expect(prose).toContain(`it ends exactly ${Number(tr.error!.toPrecision(12))} below the true value`);
      expect(tr.end![0]).toBeLessThan(tr.exactEnd![0]);
    }
    expect(prose).toContain(`With $h = ${d.h}$ on $[${p.t0}, ${p.t1}]$ that is the ${d.h * (p.t1 - p.t0)} you saw above`);
  });

  it('the stiff playground: λ, the stability bound and the amplification at the default step', () => {
    const props = playgroundProps().find((p) => p.eq === 'stiff');
    expect(props).toBeDefined();
    const h = props!.h ? Number(props!.h) : d.h;
    expect(prose).toContain(`= -${STIFF_LAMBDA}\\,\\big(y - \\cos t\\big)`);
    expect(prose).toContain(`$1 - ${STIFF_LAMBDA}h$`);
    expect(prose).toContain(`For $h < ${2 / STIFF_LAMBDA}$`);
    expect(prose).toContain(`At the default $h = ${h}$ the factor is $${1 - STIFF_LAMBDA * h}$`.replace('$-', '$-'));
  });

  it('the stiff playground with two initial values: Euler makes the curves cross for 0.05 < h < 0.1, not below', () => {
    const props = playgroundProps().find((p) => p.eq === 'stiff');
    const y0s = props!.y0.split('_').map(Number);
    expect(y0s.length).toBe(2);
    const p = PRESETS.stiff;
    // The two start on opposite sides of cos t, as the prose says.
    expect(Math.sign(y0s[0] - Math.cos(p.t0))).not.toBe(Math.sign(y0s[1] - Math.cos(p.t0)));
    const gaps = (h: number) => {
      const [a, b] = y0s.map((y0) => solveTrajectory({ field: compilePreset(p).field, dim: 1, t0: p.t0, t1: p.t1, method: 'euler', h, tol: 1e-3, y0: [y0], exact: p.exact }));
      // The gap after each full step of size h (the last step, cut short to land on t1, has a smaller factor),
      // while it is well above rounding (it shrinks geometrically; at 1e-14 its sign is noise).
      const g = a.stepYs[0].map((y, i) => y - b.stepYs[0][i]);
      return g.map((gap, i) => ({ gap, full: i > 0 && Math.abs(a.stepT[i] - a.stepT[i - 1] - h) < 1e-9 && Math.abs(gap) > 1e-9 && Math.abs(g[i - 1]) > 1e-9 }));
    };
    const crossings = (g: { gap: number; full: boolean }[]) => g.filter((d, i) => d.full && Math.sign(d.gap) !== Math.sign(g[i - 1].gap)).length;
    const fullSteps = (g: { full: boolean }[]) => g.filter((d) => d.full).length;
    expect(prose).toContain('Slide $h$ down to $0.08$: the factor is $' + (1 - STIFF_LAMBDA * 0.08).toFixed(1) + '$');
    const at008 = gaps(0.08);
    expect(fullSteps(at008)).toBeGreaterThan(20);
    expect(crossings(at008)).toBe(fullSteps(at008)); // they swap order at every full step
    expect(Math.abs(at008.at(-1)!.gap)).toBeLessThan(Math.abs(at008[0].gap)); // and the blow-up is gone
    expect(prose).toContain(`Below $h = ${1 / STIFF_LAMBDA}$ the factor is positive and the crossings stop`);
    expect(crossings(gaps(0.04))).toBe(0);
  });

  it('NFE of the adaptive solvers is 2 + 6 (Dopri5) or 2 + 3 (Bosh3) per attempted step, as the prose says', () => {
    expect(prose).toContain('$2 + 6 \\times (\\text{accepted} + \\text{rejected})$');
    expect(prose).toContain('$2 + 3 \\times (\\text{accepted} + \\text{rejected})$');
    for (const [method, per] of [['dopri5', 6], ['bosh3', 3]] as const) {
      for (const id of ['forced', 'stiff', 'vanderpol', 'pendulum'] as const) {
        const p = PRESETS[id];
        const dim = p.kind === 'scalar' ? 1 : 2;
        for (const tol of [1e-2, 1e-5, 1e-8]) {
          const tr = solveTrajectory({ field: compilePreset(p).field, dim, t0: p.t0, t1: p.t1, method, h: 0.1, tol, y0: p.y0s.slice(0, dim), exact: p.exact });
          expect(tr.counts!.nfe).toBe(2 + per * (tr.counts!.accepted + tr.counts!.rejected));
        }
      }
    }
  });

  it('the convergence plot and the particle view open as the chapter describes', () => {
    expect(mdx).toMatch(/<ConvergencePlot \/>/);
    expect(defaults(convergencePlotSchema).eq).toBe('harmonic');
  });
});
