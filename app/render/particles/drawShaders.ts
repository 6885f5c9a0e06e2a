/** GLSL ES 3.00 sources that draw the particles (as points over a faded copy of the last frame: trails). */

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
