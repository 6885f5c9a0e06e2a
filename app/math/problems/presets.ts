/**
 * The playground's preset equations, each as text (what a reader would type) and as the expression tree the
 * safe parser reads from that text (`exprs`, written out so that a page showing presets never loads the
 * parser; presets.test.ts checks that the parser reads exactly these trees, so a preset and its typed copy
 * behave identically) and, where one exists, with its closed-form solution for measuring error, in the
 * spirit of torchdiffeq's test problems (each with a `y_exact`).
 */
import type { Expr, SystemKind } from '../expr';
import { P, S, call1, neg, num, op } from '../expr/trees';

export type PresetId = 'power' | 'decay' | 'logistic' | 'forced' | 'stiff' | 'harmonic' | 'pendulum' | 'vanderpol' | 'spiral';

export interface Window {
  /** Scalar: t on the horizontal axis, y vertical. Planar: x horizontal, y vertical. */
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface Preset {
  id: PresetId;
  label: string;
  kind: SystemKind;
  /** The formulas, as a reader would type them. */
  formulas: string[];
  /** The trees the parser reads from `formulas` (scalar: over t, y; planar: over t, x, y). */
  exprs: Expr[];
  /** The equation in TeX, for captions. */
  tex: string;
  /** Integration interval. For scalar presets t0 is where every initial value sits. */
  t0: number;
  t1: number;
  window: Window;
  /** Default initial values: scalar, one y0 each; planar, [x0, y0] pairs flattened. */
  y0s: number[];
  /** y(t1) for the initial value y0 at t0, when a closed form is known. */
  exact?: (t: number, y0: readonly number[], t0: number) => number[];
  /** One sentence on what to look for. */
  hint: string;
}

const logisticExact = (t: number, [y0]: readonly number[], t0: number) => {
  // y' = y(1 − y): y(t) = y0 / (y0 + (1 − y0) e^{−(t−t0)})
  return [y0 / (y0 + (1 - y0) * Math.exp(-(t - t0)))];
};

/** Stiffness of the `stiff` preset: y' = −λ(y − cos t). Forward Euler is stable only for h < 2/λ = 0.1. */
export const STIFF_LAMBDA = 20;

const stiffExact = (t: number, [y0]: readonly number[], t0: number) => {
  // Particular solution A cos t + B sin t with A = λ²/(1+λ²), B = λ/(1+λ²); the rest decays as e^{−λ(t−t0)}.
  const l = STIFF_LAMBDA;
  const A = (l * l) / (1 + l * l);
  const B = l / (1 + l * l);
  const yp = (s: number) => A * Math.cos(s) + B * Math.sin(s);
  return [yp(t) + (y0 - yp(t0)) * Math.exp(-l * (t - t0))];
};

const forcedExact = (t: number, [y0]: readonly number[], t0: number) => {
  // y' = sin t − y: y = (sin t − cos t)/2 + C e^{−t}
  const yp = (s: number) => (Math.sin(s) - Math.cos(s)) / 2;
  return [yp(t) + (y0 - yp(t0)) * Math.exp(-(t - t0))];
};

export const PRESETS: Record<PresetId, Preset> = {
  power: {
    id: 'power',
    label: "y′ = 2t (the article's f′(x) = 2x)",
    kind: 'scalar',
    formulas: ['2*t'],
    exprs: [op('*', num(2), S.t)],
    tex: "\\frac{dy}{dt} = 2t",
    t0: -2,
    t1: 2,
    window: { xMin: -2, xMax: 2, yMin: -4, yMax: 5 },
    y0s: [1, 4],
    exact: (t, [y0], t0) => [t * t + y0 - t0 * t0],
    hint: 'Every solution is a parabola t² + C; the initial value picks C.',
  },
  decay: {
    id: 'decay',
    label: 'Exponential decay, y′ = −y',
    kind: 'scalar',
    formulas: ['-y'],
    exprs: [neg(S.y)],
    tex: '\\frac{dy}{dt} = -y',
    t0: 0,
    t1: 5,
    window: { xMin: 0, xMax: 5, yMin: -2, yMax: 3 },
    y0s: [2.5, -1.5],
    exact: (t, [y0], t0) => [y0 * Math.exp(-(t - t0))],
    hint: 'Solutions shrink towards 0 at the rate they are.',
  },
  logistic: {
    id: 'logistic',
    label: 'Logistic growth, y′ = y(1 − y)',
    kind: 'scalar',
    formulas: ['y*(1 - y)'],
    exprs: [op('*', S.y, op('-', num(1), S.y))],
    tex: '\\frac{dy}{dt} = y(1-y)',
    t0: 0,
    t1: 8,
    window: { xMin: 0, xMax: 8, yMin: -0.25, yMax: 1.5 },
    y0s: [0.05, 1.4],
    exact: logisticExact,
    hint: 'Growth slows as y nears 1; below 0 the solution runs away in finite time.',
  },
  forced: {
    id: 'forced',
    label: 'Time-dependent, y′ = sin t − y',
    kind: 'scalar',
    formulas: ['sin(t) - y'],
    exprs: [op('-', call1('sin', S.t), S.y)],
    tex: '\\frac{dy}{dt} = \\sin t - y',
    t0: 0,
    t1: 10,
    window: { xMin: 0, xMax: 10, yMin: -2, yMax: 2 },
    y0s: [1.5, -1.5],
    exact: forcedExact,
    hint: 'The slope field changes along t: every solution settles onto the same wave.',
  },
  stiff: {
    id: 'stiff',
    label: `Stiff, y′ = −${STIFF_LAMBDA}(y − cos t)`,
    kind: 'scalar',
    formulas: [`-${STIFF_LAMBDA}*(y - cos(t))`],
    exprs: [op('*', neg(num(STIFF_LAMBDA)), op('-', S.y, call1('cos', S.t)))],
    tex: `\\frac{dy}{dt} = -${STIFF_LAMBDA}\\,(y - \\cos t)`,
    t0: 0,
    t1: 5,
    window: { xMin: 0, xMax: 5, yMin: -2, yMax: 2 },
    y0s: [1.8],
    exact: stiffExact,
    hint: `Euler is stable here only for steps below 2/${STIFF_LAMBDA} = ${2 / STIFF_LAMBDA}: slide h from one side of it to the other.`,
  },
  harmonic: {
    id: 'harmonic',
    label: 'Harmonic oscillator',
    kind: 'planar',
    formulas: ['y', '-x'],
    exprs: [P.y, neg(P.x)],
    tex: "x' = y,\\; y' = -x",
    t0: 0,
    t1: 2 * Math.PI,
    window: { xMin: -3, xMax: 3, yMin: -3, yMax: 3 },
    y0s: [2, 0, 1, 0],
    exact: (t, [x0, y0], t0) => {
      const c = Math.cos(t - t0);
      const s = Math.sin(t - t0);
      return [x0 * c + y0 * s, -x0 * s + y0 * c];
    },
    hint: 'Exact orbits are circles; Euler spirals outwards.',
  },
  pendulum: {
    id: 'pendulum',
    label: 'Pendulum',
    kind: 'planar',
    formulas: ['y', '-sin(x)'],
    exprs: [P.y, neg(call1('sin', P.x))],
    tex: "x' = y,\\; y' = -\\sin x",
    t0: 0,
    t1: 10,
    window: { xMin: -4, xMax: 4, yMin: -3, yMax: 3 },
    y0s: [1, 0, 0, 2.2],
    hint: 'Small swings are nearly circles; a hard push sends it over the top.',
  },
  vanderpol: {
    id: 'vanderpol',
    label: 'Van der Pol, μ = 1',
    kind: 'planar',
    formulas: ['y', '(1 - x^2)*y - x'],
    exprs: [P.y, op('-', op('*', op('-', num(1), op('^', P.x, num(2))), P.y), P.x)],
    tex: "x' = y,\\; y' = (1 - x^2)\\,y - x",
    t0: 0,
    t1: 15,
    window: { xMin: -3.5, xMax: 3.5, yMin: -3.5, yMax: 3.5 },
    y0s: [0.5, 0, -3, 3],
    hint: 'Every orbit is drawn onto the same closed loop, the limit cycle.',
  },
  spiral: {
    id: 'spiral',
    label: 'The torchdiffeq spiral',
    kind: 'planar',
    // torchdiffeq examples/ode_demo.py: dy/dt = (y**3) @ A with A = [[-0.1, 2.0], [-2.0, -0.1]]
    formulas: ['-0.1*x^3 - 2*y^3', '2*x^3 - 0.1*y^3'],
    exprs: [
      op('-', op('*', neg(num(0.1)), op('^', P.x, num(3))), op('*', num(2), op('^', P.y, num(3)))),
      op('-', op('*', num(2), op('^', P.x, num(3))), op('*', num(0.1), op('^', P.y, num(3)))),
    ],
    tex: "x' = -0.1x^3 - 2y^3,\\; y' = 2x^3 - 0.1y^3",
    t0: 0,
    t1: 25,
    window: { xMin: -2.2, xMax: 2.2, yMin: -2.2, yMax: 2.2 },
    y0s: [2, 0],
    hint: "The system torchdiffeq's demo learns: from (2, 0) it winds inwards.",
  },
};

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];
export const SCALAR_PRESETS = PRESET_IDS.filter((id) => PRESETS[id].kind === 'scalar');
export const PLANAR_PRESETS = PRESET_IDS.filter((id) => PRESETS[id].kind === 'planar');

/** The window and interval of a typed equation (no closed form is known for it). */
export const CUSTOM_SETUP: Record<SystemKind, Omit<Preset, 'id' | 'label' | 'formulas' | 'exprs' | 'tex' | 'hint'>> = {
  scalar: { kind: 'scalar', t0: 0, t1: 10, window: { xMin: 0, xMax: 10, yMin: -3, yMax: 3 }, y0s: [2, -1] },
  planar: { kind: 'planar', t0: 0, t1: 10, window: { xMin: -3, xMax: 3, yMin: -3, yMax: 3 }, y0s: [2, 0] },
};
