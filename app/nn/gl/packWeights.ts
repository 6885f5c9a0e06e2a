/**
 * Packs a CNF's weights (2 → H1 → H2 → 2, tanh, time concatenated to every layer; `app/nn/cnf/model.ts`)
 * into RGBA32F texels, laid out so the fused shader reads whole vec4s (four hidden units at once):
 *
 *   layer 1, group g (units 4g..4g+3):  [W1[·,x]]  [W1[·,y]]  [b1]  [c1]                 4·G1 texels
 *   layer 2, output group g, input i:    [W2[4g..4g+3, i]]                               G2·H1 texels
 *            then [b2] for each group, then [c2] for each group                          2·G2 texels
 *   layer 3, row 0 then row 1, group g:  [W3[r, 4g..4g+3]]                               2·G2 texels
 *            then [b3x, b3y, c3x, c3y]                                                   1 texel
 *
 * with G = H/4. Plain TypeScript, so the layout is unit-tested in Node.
 */
import type { CnfWeights } from '../cnf/model';

export interface PackedCnf {
  H1: number;
  H2: number;
  texels: Float32Array;
  /** Number of texels (the texture is one row this wide). */
  width: number;
}

export function packCnf(w: CnfWeights): PackedCnf {
  if (w.layers.length !== 3) throw new Error(`the fused program takes two hidden layers; this model has ${w.layers.length - 1}`);
  const [L1, L2, L3] = w.layers;
  const H1 = L1.outDim;
  const H2 = L2.outDim;
  if (H1 % 4 || H2 % 4) throw new Error(`hidden widths must be multiples of 4 (got ${H1}, ${H2})`);
  const G1 = H1 / 4;
  const G2 = H2 / 4;
  const width = 4 * G1 + G2 * H1 + 2 * G2 + 2 * G2 + 1;
  const t = new Float32Array(4 * width);
  let k = 0;
  const put = (v: [number, number, number, number]) => {
    t.set(v, 4 * k++);
  };
  const four = (f: (u: number) => number, g: number): [number, number, number, number] => [f(4 * g), f(4 * g + 1), f(4 * g + 2), f(4 * g + 3)];
  for (let g = 0; g < G1; g++) {
    put(four((u) => L1.W[u * 2], g));
    put(four((u) => L1.W[u * 2 + 1], g));
    put(four((u) => L1.b[u], g));
    put(four((u) => L1.c[u], g));
  }
  for (let g = 0; g < G2; g++) for (let i = 0; i < H1; i++) put(four((u) => L2.W[u * H1 + i], g));
  for (let g = 0; g < G2; g++) put(four((u) => L2.b[u], g));
  for (let g = 0; g < G2; g++) put(four((u) => L2.c[u], g));
  for (let r = 0; r < 2; r++) for (let g = 0; g < G2; g++) put(four((u) => L3.W[r * H2 + u], g));
  put([L3.b[0], L3.b[1], L3.c[0], L3.c[1]]);
  return { H1, H2, texels: t, width };
}
