/**
 * GLSL stage loops generated from the solver's tableaux (`app/solver/tableaux.ts`), so the shaders run the
 * same Runge–Kutta methods as `odeint` and a method added to the tableaux reaches them without hand-written
 * GLSL. Only fixed-grid tableaux are accepted (no error estimate): the GPU paths step on a fixed grid.
 *
 * For an s-stage tableau (α, β, c) one step of size h from (t, y) is
 *
 *   k_0 = f(t, y),  k_i = f(t + α_i·h, y + h·Σ_{j<i} β_ij·k_j)  (i ≥ 1),  y1 = y + h·Σ_j c_j·k_j,
 *
 * with α_i = 1 evaluated at t + h exactly, as the fixed-grid driver passes t1 (fixed_grid.py:24-29). Zero
 * coefficients are left out and ±1 are written without a product, so the 3/8 rule's last stage reads
 * `y + h * (k0 - k1 + k2)`. Coefficients are written as the shortest decimal that reads back as the same
 * double (`String(x)`); the GLSL compiler rounds them to float32, the shader's precision.
 */
import type { Tableau } from '../../solver/tableaux.ts';

/** A double as a GLSL float literal: always with a decimal point or an exponent. */
export function glslFloat(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite coefficient: ${x}`);
  const s = String(Math.abs(x));
  const lit = /[.e]/.test(s) ? s : `${s}.0`;
  return x < 0 ? `-${lit}` : lit;
}

/** Σ_j w_j·k_j as GLSL over the named stages, skipping zeros; null when every weight is zero. */
export function glslWeightedSum(weights: readonly number[], stage: (j: number) => string): string | null {
  let out = '';
  weights.forEach((w, j) => {
    if (w === 0) return;
    const mag = Math.abs(w);
    const term = mag === 1 ? stage(j) : `${glslFloat(mag)} * ${stage(j)}`;
    out += out === '' ? (w < 0 ? `-${term}` : term) : w < 0 ? ` - ${term}` : ` + ${term}`;
  });
  return out === '' ? null : out;
}

function fixedOnly(tab: Tableau): void {
  if (tab.cError) throw new Error(`the GPU paths step on a fixed grid: ${tab.method} is adaptive`);
}

function stageTime(tab: Tableau, i: number, t: string, h: string): string {
  if (i === 0) return t;
  const a = tab.alpha[i - 1];
  return a === 1 ? `${t} + ${h}` : `${t} + ${glslFloat(a)} * ${h}`;
}

function stageInput(tab: Tableau, i: number, y: string, h: string, k: (j: number) => string): string {
  if (i === 0) return y;
  const sum = glslWeightedSum(tab.beta[i - 1], k);
  return sum === null ? y : `${y} + ${h} * (${sum})`;
}

export interface GlslStepOptions {
  /** GLSL type of the state, e.g. 'vec2'. */
  type: string;
  /** The field's call, given GLSL expressions for t and the stage input. */
  call: (t: string, y: string) => string;
  /**
   * Looped form only: the field reads only part of the state (the CNF's z = y.xy of (z, A)); the stage input
   * is then formed on that part alone, as a `inputType` from `y<inputSwizzle>` and `k_j<inputSwizzle>`.
   */
  inputType?: string;
  inputSwizzle?: string;
  /** Names of the current time, state and step in the surrounding code. */
  t?: string;
  y?: string;
  h?: string;
}

/**
 * Statements that advance `y` (declared and assigned by the caller) by one step, every stage written out:
 * s calls of the field, inlined s times. Right for short fields (the particle view's formula).
 */
export function glslRkStepUnrolled(tab: Tableau, o: GlslStepOptions): string {
  fixedOnly(tab);
  const { type, call, t = 't', y = 'y', h = 'h' } = o;
  const k = (j: number) => `k${j}`;
  const lines: string[] = [];
  for (let i = 0; i < tab.stages; i++) lines.push(`${type} k${i} = ${call(stageTime(tab, i, t, h), stageInput(tab, i, y, h, k))};`);
  const sol = glslWeightedSum(tab.cSol, k);
  if (sol !== null) lines.push(`${y} = ${y} + ${h} * (${sol});`);
  return lines.join('\n');
}

/**
 * The same step as a loop over the stages around ONE call of the field, so a long field (the CNF's whole
 * MLP) is inlined once, not s times: the stage time and input are picked by the stage index, and the result
 * is stored into the stage's register.
 */
export function glslRkStepLooped(tab: Tableau, o: GlslStepOptions): string {
  fixedOnly(tab);
  const { type, call, t = 't', y = 'y', h = 'h', inputType = type, inputSwizzle = '' } = o;
  const s = tab.stages;
  const k = (j: number) => `k${j}`;
  const kIn = (j: number) => `k${j}${inputSwizzle}`;
  const pick = (expr: (i: number) => string) => {
    let out = expr(s - 1);
    for (let i = s - 2; i >= 0; i--) out = `si == ${i} ? ${expr(i)} : ${out}`;
    return out;
  };
  const store = Array.from({ length: s }, (_, i) => `${i === 0 ? '' : 'else '}${i === s - 1 && s > 1 ? '' : `if (si == ${i}) `}k${i} = kNew;`).join(' ');
  const sol = glslWeightedSum(tab.cSol, k);
  return [
    `${type} ${Array.from({ length: s }, (_, i) => `k${i} = ${type}(0.0)`).join(', ')};`,
    `for (int si = 0; si < ${s}; si++) {`,
    `  float tStage = ${pick((i) => stageTime(tab, i, t, h))};`,
    `  ${inputType} yStage = ${pick((i) => stageInput(tab, i, `${y}${inputSwizzle}`, h, kIn))};`,
    `  ${type} kNew = ${call('tStage', 'yStage')};`,
    `  ${store}`,
    `}`,
    sol !== null ? `${y} = ${y} + ${h} * (${sol});` : '',
  ].join('\n');
}
