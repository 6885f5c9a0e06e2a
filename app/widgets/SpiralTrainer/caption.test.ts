/** Captions and prose that quote a widget's default must match it (DESIGN.md, Widgets). */
import { formatToleranceExp } from '../../render/plot';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spiralTrainerSchema } from '../../state/spiralTrainer';
import { toleranceExplorerSchema } from '../../state/toleranceExplorer';
import { EXPLORER_CAPTION } from '../ToleranceExplorer/caption';
import { toleranceExplorerStrings } from '../ToleranceExplorer/strings';
import { TRAINER_CAPTION } from './caption';
import { spiralTrainerStrings } from './strings';

const chapter = readFileSync(new URL('../../../content/en/neural-ode.mdx', import.meta.url), 'utf8');

describe('captions quote the defaults', () => {
  it('spiral trainer: backprop through dopri5 at rtol 1e-7', () => {
    const { mode, method, tol } = spiralTrainerSchema;
    expect(TRAINER_CAPTION).toContain(`default: ${mode.default} through ${method.default} at rtol ${formatToleranceExp(tol.default)}`);
    expect(spiralTrainerStrings.en.caption).toBe(TRAINER_CAPTION);
    // The Chinese caption quotes the same defaults: backpropagation (反向传播) through dopri5 at rtol 10⁻⁷.
    expect(spiralTrainerStrings.zh.caption).toContain(`默认：对 ${method.default} 做反向传播，rtol ${formatToleranceExp(tol.default)}`);
    // The chapter says the trainer's default backpropagates through the solver.
    expect(mode.default).toBe('backprop');
    expect(chapter).toContain("backprop through the solver, the trainer's default,");
  });

  it('tolerance explorer: dopri5 at rtol 1e-5', () => {
    const { method, tol } = toleranceExplorerSchema;
    expect(EXPLORER_CAPTION).toContain(`Default: ${method.default} at rtol ${formatToleranceExp(tol.default)}.`);
    expect(toleranceExplorerStrings.zh.caption).toContain(`默认：${method.default}，rtol ${formatToleranceExp(tol.default)}。`);
  });
});
