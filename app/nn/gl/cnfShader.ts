/**
 * GLSL ES 3.00 source of the fused CNF step: per fragment (one grid pixel or one particle), the whole MLP,
 * its exact 2-D divergence by two forward-mode tangents, and `uSteps` 3/8-rule RK steps of the augmented
 * state (x, y, A), dA/dt = tr(∂f/∂z), in one pass. The stage loop is generated from the solver's tableau
 * (`rkGlsl.ts`; torchdiffeq's `rk4`, the 3/8 rule, unless another fixed-grid method is asked for), as are the
 * float64 (`app/nn/cnf/flowPlain.ts`) and tfjs (`app/nn/cnf/tensorFlow.ts`) paths; the weight layout is
 * `packWeights.ts`.
 *
 * The loops over the first hidden layer (its units and, inside the second layer's loop, its inputs) are
 * unrolled here, in TypeScript, so the first layer's activations and tangents are named registers rather
 * than dynamically indexed local arrays: on a CPU renderer (SwiftShader) the indexed arrays went through
 * memory and the frame took ~1.6× as long. The loop over the second layer's output groups stays a loop,
 * and the RK stages are one loop around a single call of `field`, so the unrolled body is inlined
 * once, not four times: SwiftShader compiles the program in ~0.15 s instead of ~0.5 s. (Weights in a
 * uniform block instead of a texture, and a trace via one precomputed bilinear form instead of two
 * tangents, were both slower there: see the commit that introduced this.)
 *
 * tanh's argument is clamped to ±15 (tanh(15) rounds to 1 in float32), because some GPU drivers compute
 * tanh from exp and overflow to NaN for large arguments.
 */
import { TABLEAUX } from '../../solver/tableaux.ts';
import type { FixedMethod } from '../../solver/types.ts';
import { glslRkStepLooped } from './rkGlsl';

const indent = (code: string, pad: string) => code.split('\n').map((l) => (l ? pad + l : l)).join('\n');

export function cnfFragmentSource(H1: number, H2: number, method: FixedMethod = 'rk4'): string {
  const tab = TABLEAUX[method];
  const G1 = H1 / 4;
  const comp = ['x', 'y', 'z', 'w'];
  // Layer 1, group g (units 4g..4g+3): activation h_g and the two tangents p_g = tanh′ ⊙ W1[·,x], q_g = tanh′ ⊙ W1[·,y].
  const layer1: string[] = [];
  for (let g = 0; g < G1; g++) {
    layer1.push(`  vec4 wx${g} = W(${4 * g}), wy${g} = W(${4 * g + 1});`);
    layer1.push(`  vec4 h${g} = th4(wx${g} * z.x + wy${g} * z.y + W(${4 * g + 2}) + t * W(${4 * g + 3}));`);
    layer1.push(`  vec4 s${g} = 1.0 - h${g} * h${g};`);
    layer1.push(`  vec4 p${g} = s${g} * wx${g}, q${g} = s${g} * wy${g};`);
  }
  // Layer 2, one output group: its H1 inputs, four (one texel) at a time.
  const layer2: string[] = [];
  for (let k = 0; k < G1; k++) {
    layer2.push(`    w0 = W(base + ${4 * k}); w1 = W(base + ${4 * k + 1}); w2 = W(base + ${4 * k + 2}); w3 = W(base + ${4 * k + 3});`);
    for (const [v, acc] of [['h', 'a'], ['p', 'ga'], ['q', 'gb']]) layer2.push(`    ${acc} += ${[0, 1, 2, 3].map((c) => `${v}${k}.${comp[c]} * w${c}`).join(' + ')};`);
  }
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
#define G1 ${G1}
#define G2 ${H2 / 4}
#define OFF2 (4 * G1)
#define OFF2B (OFF2 + G2 * H1)
#define OFF2C (OFF2B + G2)
#define OFF3 (OFF2C + G2)
vec4 W(int i) { return texelFetch(uW, ivec2(i, 0), 0); }
vec4 th4(vec4 a) { return tanh(clamp(a, -15.0, 15.0)); }
// f(z, t) in .xy and tr(df/dz) in .z
vec3 field(float t, vec2 z) {
${layer1.join('\n')}
  vec2 f = vec2(0.0);
  float tr = 0.0;
  vec4 w0, w1, w2, w3;
  for (int g = 0; g < G2; g++) {
    vec4 a = W(OFF2B + g) + t * W(OFF2C + g);
    vec4 ga = vec4(0.0), gb = vec4(0.0);
    int base = OFF2 + g * H1;
${layer2.join('\n')}
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
${indent(glslRkStepLooped(tab, { type: 'vec3', inputType: 'vec2', inputSwizzle: '.xy', call: (t, z) => `field(${t}, ${z})` }), '    ')}
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
