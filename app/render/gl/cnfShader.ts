/**
 * GLSL ES 3.00 source of the fused CNF step: per fragment (one grid pixel or one particle), the whole MLP,
 * its exact 2-D divergence by two forward-mode tangents, and `uSteps` 3/8-rule RK steps of the augmented
 * state (x, y, A), dA/dt = tr(∂f/∂z), in one pass. The arithmetic mirrors `app/nn/cnf/flowPlain.ts`
 * (float64) and `app/nn/cnf/tensorFlow.ts` (tfjs) step for step; the weight layout is `packWeights.ts`.
 *
 * tanh's argument is clamped to ±15 (tanh(15) rounds to 1 in float32), because some GPU drivers compute
 * tanh from exp and overflow to NaN for large arguments.
 */
export function cnfFragmentSource(H1: number, H2: number): string {
  return `#version 300 es
precision highp float;
precision highp int;
precision highp sampler2D;
uniform sampler2D uState;
uniform sampler2D uW;
uniform float uT0;
uniform float uH;
uniform int uSteps;
out vec4 outState;
#define H1 ${H1}
#define G1 ${H1 / 4}
#define G2 ${H2 / 4}
#define OFF2 (4 * G1)
#define OFF2B (OFF2 + G2 * H1)
#define OFF2C (OFF2B + G2)
#define OFF3 (OFF2C + G2)
vec4 W(int i) { return texelFetch(uW, ivec2(i, 0), 0); }
vec4 th4(vec4 a) { return tanh(clamp(a, -15.0, 15.0)); }
// f(z, t) in .xy and tr(df/dz) in .z
vec3 field(float t, vec2 z) {
  vec4 h1[G1]; vec4 p1[G1]; vec4 q1[G1];
  for (int g = 0; g < G1; g++) {
    vec4 wx = W(4 * g), wy = W(4 * g + 1);
    vec4 th = th4(wx * z.x + wy * z.y + W(4 * g + 2) + t * W(4 * g + 3));
    vec4 s = 1.0 - th * th;
    h1[g] = th; p1[g] = s * wx; q1[g] = s * wy;
  }
  vec2 f = vec2(0.0);
  float tr = 0.0;
  for (int g = 0; g < G2; g++) {
    vec4 a = W(OFF2B + g) + t * W(OFF2C + g);
    vec4 ga = vec4(0.0), gb = vec4(0.0);
    for (int k = 0; k < G1; k++) {
      int base = OFF2 + g * H1 + 4 * k;
      vec4 w0 = W(base), w1 = W(base + 1), w2 = W(base + 2), w3 = W(base + 3);
      vec4 hh = h1[k], pp = p1[k], qq = q1[k];
      a += hh.x * w0 + hh.y * w1 + hh.z * w2 + hh.w * w3;
      ga += pp.x * w0 + pp.y * w1 + pp.z * w2 + pp.w * w3;
      gb += qq.x * w0 + qq.y * w1 + qq.z * w2 + qq.w * w3;
    }
    vec4 th = th4(a);
    vec4 s = 1.0 - th * th;
    vec4 r0 = W(OFF3 + g), r1 = W(OFF3 + G2 + g);
    f += vec2(dot(r0, th), dot(r1, th));
    tr += dot(r0, s * ga) + dot(r1, s * gb);
  }
  vec4 bc = W(OFF3 + 2 * G2);
  return vec3(f + bc.xy + t * bc.zw, tr);
}
void main() {
  vec4 st = texelFetch(uState, ivec2(gl_FragCoord.xy), 0);
  vec3 y = st.xyz;
  float h = uH;
  for (int n = 0; n < uSteps; n++) {
    float t = uT0 + float(n) * h;
    vec3 k1 = field(t, y.xy);
    vec3 k2 = field(t + h / 3.0, y.xy + h * k1.xy / 3.0);
    vec3 k3 = field(t + 2.0 * h / 3.0, y.xy + h * (k2.xy - k1.xy / 3.0));
    vec3 k4 = field(t + h, y.xy + h * (k1.xy - k2.xy + k3.xy));
    y += h * (k1 + 3.0 * k2 + 3.0 * k3 + k4) / 8.0;
  }
  outState = vec4(y, st.w);
}
`;
}

export const FULLSCREEN_VERTEX = `#version 300 es
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
`;
