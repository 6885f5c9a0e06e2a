/**
 * The chapter's aside on how the shipped CNFs were trained quotes their settings, and gives each model's
 * iterations and held-out NLL in a table; this holds those to the training logs that ship beside the weights, so
 * retraining cannot leave the prose wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../math/rng';
import { sampleToy } from '../../math/toy/ffjord';

const root = join(__dirname, '../../..');
const dir = join(root, 'public/models/cnf');
const aside = (() => {
  const mdx = readFileSync(join(root, 'content/en/normalizing-flows.mdx'), 'utf8');
  const start = mdx.indexOf('<Aside title="How these flows were trained');
  return mdx.slice(start, mdx.indexOf('</Aside>', start)).replace(/\s+/g, ' ');
})();
const sets = (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { sets: string[] }).sets;
const logs = Object.fromEntries(
  sets.map((s) => [s, JSON.parse(readFileSync(join(dir, `${s}.log.json`), 'utf8')) as { settings: { dims: number[]; T: number; steps: number; batch: number; iters: number; evalN: number }; heldOutLogLikelihood: number }]),
);
const NAMES: Record<string, string> = { '8gaussians': '8 Gaussians', moons: 'two moons', rings: 'rings', '2spirals': 'two spirals', checkerboard: 'checkerboard', circles: 'circles', pinwheel: 'pinwheel', swissroll: 'swiss roll' };
const num = (s: string) => Number(s.replace(/,/g, ''));

describe('the aside on the shipped CNFs', () => {
  it('exists', () => expect(aside.length).toBeGreaterThan(100));

  it('gives the network, interval, steps and batch of every shipped model', () => {
    const dims = /(\d+(?:→\d+)+) \$\\tanh\$ network/.exec(aside)?.[1];
    const T = /over \$\[0, (\d+(?:\.\d+)?)\]\$/.exec(aside)?.[1];
    const steps = /with (\d+) fixed Runge–Kutta steps/.exec(aside)?.[1];
    const batch = /batches of (\d+)/.exec(aside)?.[1];
    for (const s of sets) {
      expect(dims, s).toBe(logs[s].settings.dims.join('→'));
      expect(Number(T), s).toBe(logs[s].settings.T);
      expect(Number(steps), s).toBe(logs[s].settings.steps);
      expect(Number(batch), s).toBe(logs[s].settings.batch);
    }
  });

  it('gives each shipped model its iterations and held-out NLL, as its training log records them', () => {
    // Rows of the aside's table: | data set | iterations | held-out NLL |
    const rows = [...aside.matchAll(/\| ([\w ]+?) \| ([\d,]+) \| (\d+\.\d+) \|/g)].map((m) => ({ name: m[1], iters: num(m[2]), nll: m[3] }));
    expect(rows.map((r) => r.name).sort()).toEqual(sets.map((s) => NAMES[s]).sort());
    for (const s of sets) {
      const row = rows.find((r) => r.name === NAMES[s])!;
      expect(row.iters, s).toBe(logs[s].settings.iters);
      expect(row.nll, s).toBe((-logs[s].heldOutLogLikelihood).toFixed(2));
    }
  });

  it('says how many samples the held-out NLL is measured on', () => {
    const n = /measured on ([\d,]+) held-out samples/.exec(aside)?.[1];
    for (const s of sets) expect(num(n ?? 'NaN'), s).toBe(logs[s].settings.evalN);
  });

  it('the checkerboard floor it quotes is the entropy of the data: uniform on 8 squares of side 2, ln 32', () => {
    expect(aside).toContain('8 squares of side 2, so no model can do better than $\\ln 32 \\approx 3.47$ nats');
    expect(Math.log(32).toFixed(2)).toBe('3.47');
    // Every sample lies in a 2×2 cell of the 4×4 grid over [−4, 4)², on the cells of one colour: 8 of the 16.
    const xs = sampleToy('checkerboard', 4000, mulberry32(3));
    const cells = new Set<string>();
    for (let i = 0; i < xs.length; i += 2) {
      const cx = Math.floor(xs[i] / 2);
      const cy = Math.floor(xs[i + 1] / 2);
      expect(Math.abs(xs[i])).toBeLessThanOrEqual(4);
      expect(Math.abs(xs[i + 1])).toBeLessThanOrEqual(4);
      cells.add(`${cx},${cy}`);
    }
    expect(cells.size).toBe(8);
    // And no model beats the data's own entropy: the shipped model's NLL is above the floor.
    expect(-logs.checkerboard.heldOutLogLikelihood).toBeGreaterThan(Math.log(32));
  });
});
