import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS } from '../../math/problems/presets';
import { compilePreset } from '../../math/problems/compile';
import { englishWords } from '../englishWords';
import { failureText, readoutHeading, readoutLine } from './readout';
import { solveTrajectory } from './solve';
import { odePlaygroundStrings } from './strings';

const zh = odePlaygroundStrings.zh;

describe('the playground readout in Chinese', () => {
  it('counts, error and heading carry the solver figures in Chinese sentences', () => {
    const p = PRESETS.forced;
    const tr = solveTrajectory({ field: compilePreset(p).field, dim: 1, t0: p.t0, t1: p.t1, method: 'dopri5', h: 0.25, tol: 1e-4, y0: [1], exact: p.exact });
    const line = readoutLine(tr, 1, p.t0, p.t1, true, zh);
    expect(line).toContain(`接受 ${tr.counts!.accepted} 步，拒绝 ${tr.counts!.rejected} 步，求值 ${tr.counts!.nfe} 次`);
    expect(line).toContain('处的误差');
    expect(englishWords(line)).toEqual([]);
    expect(englishWords(readoutHeading('rk4', 0.25, 1e-3, false, zh))).toEqual([]);
    expect(readoutHeading('euler', 0.25, 1e-3, false, zh)).toBe('欧拉法，步长 h = 0.25');
  });

  it('the instability verdict is Chinese, with the same figures as the English one', () => {
    const stiff = (t: number, y: Float64Array, dy: Float64Array) => void (dy[0] = -1000 * (y[0] - Math.cos(t)));
    const tr = solveTrajectory({ field: stiff, dim: 1, t0: 0, t1: 10, method: 'euler', h: 0.1, tol: 1e-3, y0: [1] });
    const line = readoutLine(tr, 1, 0, 10, false, zh);
    expect(line).toMatch(/数值不稳定：数值(达到|溢出).*λ ≈ −1,?000.*欧拉法每走一步.*\|1 \+ hλ\| = 99 > 1.*h < 0\.002/);
    expect(englishWords(line)).toEqual([]);
  });

  it('a blow-up is explained in Chinese', () => {
    const p = PRESETS.logistic;
    const tr = solveTrajectory({ field: compilePreset(p).field, dim: 1, t0: p.t0, t1: p.t1, method: 'euler', h: 0.5, tol: 1e-3, y0: [-0.25], exact: p.exact });
    const text = failureText(tr.failure!, zh);
    expect(text).toMatch(/发散|放弃|缩小到零/);
    expect(englishWords(text)).toEqual([]);
  });

  it('every preset equation has a Chinese name and hint of its own', () => {
    for (const id of PRESET_IDS) {
      expect(zh.presets[id].label, id).not.toBe(odePlaygroundStrings.en.presets[id].label);
      expect(englishWords(zh.presets[id].hint), id).toEqual([]);
    }
  });
});
