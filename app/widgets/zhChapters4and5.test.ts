/**
 * The Chinese edition of the chapter 4 and 5 widgets (issue #16, item 2): every string a reader sees or
 * hears in Chinese is Chinese. Two checks, both of which fail when a string is left in English:
 *  - each widget's string table: every zh entry differs from its en entry and has no English words in it;
 *  - each widget rendered (react-dom/server, as the prerender does) under `LangContext` 'zh': the visible
 *    text and the accessible names (aria-label, aria-valuetext, title, …) have no English words.
 * Code (in <code>) stays as it is. "English words" are runs of three or more Latin letters, apart from the names, units and maths symbols
 * listed below, which stay as they are in both languages (content/zh/terminology.json: proper names stay in
 * Latin script).
 */
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { LangContext, type Bilingual } from './common/i18n';
import type { WidgetMeta } from './common/types';
import { adjointBackwardStrings } from './AdjointBackward/strings';
import { cnfTrainerStrings } from './CnfTrainer/strings';
import { toySetStrings } from './common/toySetStrings';
import { densityFlowStrings } from './DensityFlow/strings';
import { gradientCheckStrings } from './GradientCheck/strings';
import { memoryMeterStrings } from './MemoryMeter/strings';
import { tfWorkerStrings } from './MemoryMeter/workerStrings';
import { reverseDriftStrings } from './ReverseDrift/strings';
import { changeOfVariablesStrings } from './ChangeOfVariables/strings';
import { planarFlowStrings } from './PlanarFlow/strings';

/** Names of methods, programs and models, units and maths symbols that stay in Latin script. */
const KEPT = new Set(
  [
    'dopri5', 'rtol', 'atol', 'tanh', 'NFE', 'NLL', 'nats', 'CNF', 'FFJORD', 'Hutchinson', 'tfjs', 'WebGL2', 'wasm',
    'float32', 'float64', 'f32', 'f64', 'log', 'exp', 'max', 'det', 'back', 'fwd', 'odeintAdjoint', 'odeintTensor',
    'rk4', 'Adam', 'KL', 'ms', 'kB', 'MB', 'Gaussian', 'JavaScript', 'WebAssembly', 'GPU', 'Web', 'Worker', 'HTTP', 'WebGL',
  ].map((w) => w.toLowerCase()),
);

/** Text of the shared widget frame (app/widgets/common), translated by its own owner, not by these widgets. */
const COMMON_FRAME = [
  'Open alone in a new tab',
  'Copy the address of this widget in its current state',
  'Opens this widget alone, in its current state, in a new tab', 'Copy link', 'Embed', 'About this figure'];

/** `{name}` slots of a template are filled with code, which stays as it is. */
function englishWords(text: string): string[] {
  const words = text.replace(/\{\w+\}/g, ' ').match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  return words.filter((w) => (w.match(/[A-Za-z]/g) ?? []).length >= 3 && !KEPT.has(w.toLowerCase()));
}

/** Every entry of a table as text: functions are called with placeholder numbers. */
function entries(table: Record<string, unknown>): [string, string][] {
  return Object.entries(table).map(([k, v]) => [k, typeof v === 'function' ? String((v as (...a: string[]) => unknown)(...Array<string>(v.length).fill('7'))) : String(v)]);
}

interface Case {
  name: string;
  strings: Bilingual<Record<string, unknown>>;
  load: () => Promise<{ default: ComponentType<{ standalone?: boolean; query?: string }> }>;
  meta: () => Promise<{ meta: WidgetMeta }>;
  /** Keys whose text is a name (a program's function, say), the same in both languages. */
  names?: string[];
}

const CASES: Case[] = [
  { name: 'AdjointBackward', strings: adjointBackwardStrings, load: () => import('./AdjointBackward/index'), meta: () => import('./AdjointBackward/meta') },
  { name: 'CnfTrainer', strings: cnfTrainerStrings, load: () => import('./CnfTrainer/index'), meta: () => import('./CnfTrainer/meta') },
  { name: 'DensityFlow', strings: densityFlowStrings, load: () => import('./DensityFlow/index'), meta: () => import('./DensityFlow/meta') },
  { name: 'GradientCheck', strings: gradientCheckStrings, load: () => import('./GradientCheck/index'), meta: () => import('./GradientCheck/meta'), names: ['colOdeintAdjoint'] },
  { name: 'MemoryMeter', strings: memoryMeterStrings, load: () => import('./MemoryMeter/index'), meta: () => import('./MemoryMeter/meta') },
  { name: 'ReverseDrift', strings: reverseDriftStrings, load: () => import('./ReverseDrift/index'), meta: () => import('./ReverseDrift/meta') },
  { name: 'ChangeOfVariables', strings: changeOfVariablesStrings, load: () => import('./ChangeOfVariables/index'), meta: () => import('./ChangeOfVariables/meta') },
  { name: 'PlanarFlow', strings: planarFlowStrings, load: () => import('./PlanarFlow/index'), meta: () => import('./PlanarFlow/meta') },
];

/** Tables shared by several of these widgets, checked once. */
const SHARED_TABLES: [string, Bilingual<Record<string, unknown>>][] = [
  ['toy set names', toySetStrings],
  ['chapter 4 tfjs worker', tfWorkerStrings],
];

const decode = (s: string) => s.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** What a reader sees or a screen reader says: text nodes and the attributes that name or describe things. */
function readerText(html: string): string {
  const attrs = [...html.matchAll(/\s(?:aria-label|aria-valuetext|aria-roledescription|title|alt|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]+>/g, ' ');
  let all = decode([text, ...attrs].join(' \n '));
  for (const phrase of COMMON_FRAME) all = all.split(phrase).join(' ');
  return all;
}

async function render(c: Case, lang: 'en' | 'zh'): Promise<string> {
  const { default: Widget } = await c.load();
  return readerText(renderToString(createElement(LangContext.Provider, { value: lang }, createElement(Widget, {}))));
}

function expectTranslated(table: Bilingual<Record<string, unknown>>, names: string[] = []): void {
  const en = new Map(entries(table.en));
  for (const [key, zh] of entries(table.zh)) {
    if (!names.includes(key)) expect(zh, key).not.toBe(en.get(key));
    expect(englishWords(zh), `${key}: ${zh}`).toEqual([]);
  }
}

test.each(SHARED_TABLES)('%s: every zh string differs from its en string and has no English words', (_, table) => expectTranslated(table));

describe.each(CASES)('$name in Chinese', (c) => {
  test('every zh string differs from its en string and has no English words', () => expectTranslated(c.strings, c.names));

  test('the figure has the title its widget page and index give it, in both languages', async () => {
    const { meta } = await c.meta();
    expect(c.strings.en.title).toBe(meta.title);
    expect(c.strings.zh.title).toBe(meta.zh.title);
  });

  test('rendered under LangContext zh, no English is left', async () => {
    const en = await render(c, 'en');
    const zh = await render(c, 'zh');
    // The English render is the widget with its English title: the check below looks at a real widget.
    expect(en).toContain(String(c.strings.en.title));
    expect(zh).toContain(String(c.strings.zh.title));
    expect(englishWords(zh)).toEqual([]);
  });
});
