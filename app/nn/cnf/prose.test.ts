/**
 * The chapter's aside on how the shipped CNFs were trained quotes their settings; this holds those sentences to
 * the training logs that ship beside the weights, so retraining with other settings cannot leave the prose wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const dir = join(root, 'public/models/cnf');
const aside = (() => {
  const mdx = readFileSync(join(root, 'content/en/normalizing-flows.mdx'), 'utf8');
  const start = mdx.indexOf('<Aside title="How these flows were trained');
  return mdx.slice(start, mdx.indexOf('</Aside>', start)).replace(/\s+/g, ' ');
})();
const sets = (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { sets: string[] }).sets;
const logs = Object.fromEntries(
  sets.map((s) => [s, JSON.parse(readFileSync(join(dir, `${s}.log.json`), 'utf8')) as { settings: { dims: number[]; T: number; steps: number; batch: number; iters: number } }]),
);
const NAMES: Record<string, string> = { '8gaussians': '8 Gaussians', moons: 'two moons', rings: 'rings', '2spirals': 'two spirals' };
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

  it('gives each model its number of training iterations', () => {
    const quoted: Record<string, number> = {};
    for (const m of aside.matchAll(/([\d,]+) (?:iterations )?for ([\w ]+?) and ([\w ]+?)[,;]/g)) {
      quoted[m[2].trim()] = num(m[1]);
      quoted[m[3].trim()] = num(m[1]);
    }
    const others = /([\d,]+)\s+for the other sets/.exec(aside)?.[1];
    // Every set the aside names by name must have been read, and so must the count for the rest.
    expect(Object.keys(quoted).sort()).toEqual(Object.values(NAMES).sort());
    expect(others).toBeDefined();
    for (const s of sets) {
      const expected = NAMES[s] !== undefined && quoted[NAMES[s]] !== undefined ? quoted[NAMES[s]] : num(others ?? 'NaN');
      expect(logs[s].settings.iters, s).toBe(expected);
    }
  });
});
