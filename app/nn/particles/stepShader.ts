/**
 * GLSL ES 3.00 source of the particle update program: one RK step per particle in the vertex shader, the new
 * state written out by transform feedback (`glStepper.ts`). The step is generated from the solver's tableau
 * for `method` (`app/nn/gl/rkGlsl.ts`), so it is `odeint`'s fixed-grid step in float32. The field is the
 * reader's formula compiled to GLSL by app/math/expr (never text pasted from the reader: only the
 * whitelisted tree is written out). State per particle: vec4(x, y, age, seed); a particle past its life,
 * outside the window or non-finite is reborn at a hashed random place.
 */
import { TABLEAUX } from '../../solver/tableaux.ts';
import type { FixedMethod } from '../../solver/types.ts';
import { glslRkStepUnrolled } from '../gl/rkGlsl';
import { LIFE_MIN, LIFE_SPREAD } from './life';

/** `fx`, `fy`: GLSL expressions over `float t` and `vec2 p`. */
export function updateVertexShader(fx: string, fy: string, method: FixedMethod): string {
  const step = glslRkStepUnrolled(TABLEAUX[method], { type: 'vec2', call: (t, y) => `f(${t}, ${y})`, y: 'p' })
    .split('\n')
    .join('\n  ');
  return `#version 300 es
precision highp float;
in vec4 a_state;
out vec4 v_state;
uniform float u_t;
uniform float u_h;
uniform vec4 u_win;   // xMin, xMax, yMin, yMax
uniform uint u_frame;

vec2 f(float t, vec2 p) {
  return vec2(${fx}, ${fy});
}
vec2 rkstep(float t, vec2 p, float h) {
  ${step}
  return p;
}
// PCG hash (Jarzynski & Olano, "Hash Functions for GPU Rendering", JCGT 2020).
uint pcg(uint v) {
  uint state = v * 747796405u + 2891336453u;
  uint word = ((state >> ((state >> 28u) + 4u)) ^ state) * 277803737u;
  return (word >> 22u) ^ word;
}
float rand(inout uint s) { s = pcg(s); return float(s) / 4294967295.0; }

void main() {
  vec2 p = a_state.xy;
  float age = a_state.z + 1.0;
  float seed = a_state.w;
  float life = ${LIFE_MIN.toFixed(1)} + ${LIFE_SPREAD.toFixed(1)} * fract(seed * 7.31);
  vec2 q = rkstep(u_t, p, u_h);
  vec2 span = u_win.yw - u_win.xz;
  bool outside = any(lessThan(q, vec2(u_win.x, u_win.z) - 0.1 * vec2(span.x, span.y))) || any(greaterThan(q, vec2(u_win.y, u_win.w) + 0.1 * vec2(span.x, span.y)));
  bool bad = any(isnan(q)) || any(isinf(q));
  if (age > life || outside || bad) {
    uint s = uint(gl_VertexID) * 9781u + u_frame * 6271u + 1u;
    q = vec2(u_win.x + rand(s) * span.x, u_win.z + rand(s) * span.y);
    age = 0.0;
  }
  v_state = vec4(q, age, seed);
}`;
}

export const UPDATE_FRAGMENT = `#version 300 es
precision highp float;
out vec4 o;
void main() { o = vec4(0.0); }`;
