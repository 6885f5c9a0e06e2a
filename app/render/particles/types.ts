/** The contract both particle back ends (WebGL2 and plain JS) meet, so the widget does not care which runs. */
export type StepMethod = 'euler' | 'midpoint' | 'rk4';

export interface ParticleWindow {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface ParticleOptions {
  count: number;
  window: ParticleWindow;
  method: StepMethod;
  /** Particle colour and the background the trails fade into, as [r, g, b] in 0..1. */
  color: [number, number, number];
  background: [number, number, number];
  /** Seed of the initial positions (mulberry32) and of the respawn hash. */
  seed: number;
}

export interface ParticleSystem {
  readonly kind: 'webgl2' | 'js';
  readonly count: number;
  /** Advances every particle by one step of size h from time t, then fades the trails and draws. */
  frame(t: number, h: number): void;
  /** Frees GPU buffers and programs (or nothing, for the JS path). */
  destroy(): void;
}

/** Frames a particle lives before it is reborn at a random place: 60 + up to 120 more, fixed per particle. */
export const LIFE_MIN = 60;
export const LIFE_SPREAD = 120;
/** Alpha of the background laid over the previous frame: trails decay by this fraction per frame. */
export const FADE = 0.08;
