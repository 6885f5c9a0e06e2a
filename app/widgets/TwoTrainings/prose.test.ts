/** The chapter's sentences about the comparison quote the widget's settings; this holds them together. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RACE } from './useRace';
import { FM_DIMS } from '../DrawYourData/useTrainingLoop';

const mdx = readFileSync(join(__dirname, '../../../content/en/flow-matching.mdx'), 'utf8').replace(/\s+/g, ' ');

test('the chapter gives the maximum-likelihood step’s evaluations as the widget runs it', () => {
  expect(Number(/backpropagates through (\d+) evaluations of the field/.exec(mdx)?.[1])).toBe(4 * RACE.mlSteps);
});

test('the chapter names the network both widgets train', () => {
  const dims = /network is exactly chapter 5's \((\d+(?:→\d+)+),/.exec(mdx)?.[1];
  expect(dims).toBe(RACE.dims.join('→'));
  expect(dims).toBe(FM_DIMS.join('→'));
});
