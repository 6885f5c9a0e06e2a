/** What the particle simulation needs (the drawing adds colours in app/render/particles). */
import type { FixedMethod } from '../../solver/types.ts';

export interface ParticleWindow {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface ParticleSim {
  count: number;
  window: ParticleWindow;
  /** A fixed-grid method of the solver's tableaux. */
  method: FixedMethod;
  /** Seed of the initial positions (mulberry32) and of the respawn hash. */
  seed: number;
}
