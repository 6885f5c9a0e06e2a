/** Particles advected through a planar field with fading trails: WebGL2 where there is one, else JS. */
export { createGpuParticles, initialStates } from './gpu';
export { createCpuParticles } from './cpu';
export { stepAll, makeScratch, type PlanarField } from './rkStep';
export { updateVertexShader } from './shaders';
export * from './types';
