/** Particles advected through a planar field: the WebGL2 solver and the JS fallback's stepper. */
export { createParticleStepper, type ParticleStepper } from './glStepper';
export { initialStates } from './initialStates';
export { stepAll, makeScratch, type PlanarField, type ParticleScratch } from './jsStep';
export { updateVertexShader } from './stepShader';
export { LIFE_MIN, LIFE_SPREAD } from './life';
export type { ParticleSim, ParticleWindow } from './types';
