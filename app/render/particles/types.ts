/** The contract both particle back ends (WebGL2 and plain JS) meet, so the widget does not care which runs. */
import type { ParticleSim } from '../../nn/particles';

export type { ParticleWindow } from '../../nn/particles';
export { LIFE_MIN, LIFE_SPREAD } from '../../nn/particles';

export interface ParticleOptions extends ParticleSim {
  /** Particle colour and the background the trails fade into, as [r, g, b] in 0..1. */
  color: [number, number, number];
  background: [number, number, number];
}

export interface ParticleSystem {
  readonly kind: 'webgl2' | 'js';
  readonly count: number;
  /** Advances every particle by one step of size h from time t (app/nn/particles), then fades the trails and draws. */
  frame(t: number, h: number): void;
  /** Frees GPU buffers and programs (or nothing, for the JS path). */
  destroy(): void;
}

/** Alpha of the background laid over the previous frame: trails decay by this fraction per frame. */
export const FADE = 0.08;
