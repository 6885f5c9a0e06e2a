/**
 * The kit's palettes meet WCAG 2.x contrast against the figure panel, in light and in dark: text ≥ 4.5:1
 * (tick labels, titles) and marks ≥ 3:1 (series colours, axis lines). Reads the colours from chart.css
 * itself, the file the browser loads, so a colour edited there is checked here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./chart.css', import.meta.url), 'utf8');
const shell = readFileSync(new URL('../../shell/styles.css', import.meta.url), 'utf8');

/** The `--name: #hex` declarations of the first `:root {…}` block after `from` in `text`. */
function vars(text: string, from: number): Record<string, string> {
  const start = text.indexOf(':root', from);
  const body = text.slice(text.indexOf('{', start) + 1, text.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]));
}
const darkAt = (text: string) => text.indexOf('prefers-color-scheme: dark');

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('chart palettes', () => {
  for (const [theme, kit, site] of [
    ['light', vars(css, 0), vars(shell, 0)],
    ['dark', vars(css, darkAt(css)), vars(shell, darkAt(shell))],
  ] as const) {
    it(`${theme}: text ≥ 4.5:1 and marks ≥ 3:1 against the panel and the page`, () => {
      for (const bg of [site.panel, site.bg]) {
        expect(bg).toMatch(/^#/);
        for (const text of ['chart-text', 'chart-title']) expect(contrast(kit[text], bg), `${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        for (const mark of ['pg-c1', 'pg-c2', 'pg-c3', 'pg-c4', 'pg-bad', 'chart-axis']) expect(contrast(kit[mark], bg), `${mark} on ${bg}`).toBeGreaterThanOrEqual(3);
        for (const mark of ['accent', 'accent-2']) expect(contrast(site[mark], bg), `${mark} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
  it('reads a palette of each kind (the parser found the colours)', () => {
    expect(Object.keys(vars(css, 0)).length).toBeGreaterThanOrEqual(9);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
