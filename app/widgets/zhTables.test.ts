/**
 * Every Chinese string of the chapter 1–3 widgets and the shared chrome is Chinese (issue 16): each leaf of
 * each zh table, and each sentence function called with stand-in figures, has no Latin-script word beyond
 * proper names, method names and maths (englishWords.ts). This reaches the strings a server render does not
 * show (readouts after training, error messages, panels that appear once data exists).
 */
import { describe, expect, it } from 'vitest';
import { commonStrings } from './common/strings';
import { englishWords } from './englishWords';
import { odePlaygroundStrings } from './OdePlayground/strings';
import { spiralTrainerStrings } from './SpiralTrainer/strings';
import { convergenceStrings } from './ConvergencePlot/strings';
import { toleranceExplorerStrings } from './ToleranceExplorer/strings';
import { particleViewStrings } from './ParticleView/strings';
import { crossingStrings } from './CrossingDemo/strings';
import { planeWarpStrings } from './PlaneWarp/strings';
import { networkComparisonStrings } from './NetworkComparison/strings';
import { resnetMorphStrings } from './ResnetMorph/strings';

const TABLES: Record<string, { en: Record<string, unknown>; zh: Record<string, unknown> }> = {
  common: commonStrings,
  OdePlayground: odePlaygroundStrings,
  SpiralTrainer: spiralTrainerStrings,
  ConvergencePlot: convergenceStrings,
  ToleranceExplorer: toleranceExplorerStrings,
  ParticleView: particleViewStrings,
  CrossingDemo: crossingStrings,
  PlaneWarp: planeWarpStrings,
  NetworkComparison: networkComparisonStrings,
  ResnetMorph: resnetMorphStrings,
};

/** A stand-in for any argument: prints as 7; any field of it, or call of it, is another stand-in. */
const figure: unknown = new Proxy(function figure() {}, {
  get: (_t, key) => (key === Symbol.toPrimitive ? () => 7 : figure),
  apply: () => figure,
});

/** Every sentence of a table value: strings as they are, functions called with stand-ins, records walked. */
function sentences(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String(value(...Array.from({ length: Math.max(1, value.length) }, () => figure)))]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => sentences(v, `${path}.${k}`));
  return [];
}

describe('Chinese string tables of chapters 1–3', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: every Chinese sentence is Chinese`, () => {
      const zh = sentences(table.zh, name);
      const en = sentences(table.en, name);
      expect(zh.map(([p]) => p)).toEqual(en.map(([p]) => p));
      // The English table does contain English, so the check below can fail.
      expect(en.flatMap(([, s]) => englishWords(s)).length).toBeGreaterThan(0);
      const left = zh.flatMap(([p, s]) => englishWords(s).map((w) => `${p}: ${w}`));
      expect(left).toEqual([]);
    });
  }
});
