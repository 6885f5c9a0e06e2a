/**
 * GLSL ES 3.00 sources for the particle programs. The update program runs one RK step per particle in
 * the vertex shader and writes the new state out by transform feedback; the field is the reader's
 * formula compiled to GLSL by app/math/expr (never text pasted from the reader: only the whitelisted
 * tree is written out). State per particle: vec4(x, y, age, seed).
 */
import type { StepMethod } from './types';
import { LIFE_MIN, LIFE_SPREAD } from './types';

const STEP: Record<StepMethod, string> = {
  euler: 'return p + h * f(t, p);',
  midpoint: 'vec2 k1 = f(t, p); return p + h * f(t + 0.5 * h, p + 0.5 * h * k1);',
  // Kutta's 3/8 rule, torchdiffeq's `rk4` (see rkStep.ts for the tableau).
  rk4: `vec2 k1 = f(t, p);
    vec2 k2 = f(t + h / 3.0, p + h * k1 / 3.0);
    vec2 k3 = f(t + 2.0 * h / 3.0, p + h * (k2 - k1 / 3.0));
    vec2 k4 = f(t + h, p + h * (k1 - k2 + k3));
    return p + h * (k1 + 3.0 * k2 + 3.0 * k3 + k4) / 8.0;`,
};

/** `fx`, `fy`: GLSL expressions over `float t` and `vec2 p`. */
export function updateVertexShader(fx: string, fy: string, method: StepMethod): string {
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
  ${STEP[method]}
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

export const DRAW_VERTEX = `#version 300 es
precision highp float;
in vec4 a_state;
uniform vec4 u_win;
uniform float u_size;
out float v_alpha;
void main() {
  vec2 c = (a_state.xy - u_win.xz) / (u_win.yw - u_win.xz) * 2.0 - 1.0;
  gl_Position = vec4(c, 0.0, 1.0);
  gl_PointSize = u_size;
  v_alpha = clamp(a_state.z / 10.0, 0.0, 1.0);
}`;

export const DRAW_FRAGMENT = `#version 300 es
precision highp float;
in float v_alpha;
uniform vec3 u_color;
out vec4 o;
void main() { o = vec4(u_color, 0.6 * v_alpha); }`;

/** A full-screen triangle laying the background over the last frame at alpha `u_fade`: the trails. */
export const FADE_VERTEX = `#version 300 es
void main() {
  vec2 v = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(v * 2.0 - 1.0, 0.0, 1.0);
}`;

export const FADE_FRAGMENT = `#version 300 es
precision highp float;
uniform vec4 u_bg;
out vec4 o;
void main() { o = u_bg; }`;
