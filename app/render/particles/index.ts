/** Particles advected through a planar field with fading trails: WebGL2 where there is one, else JS. The stepping is app/nn/particles'. */
export { createGpuParticles } from './gpu';
export { createCpuParticles } from './cpu';
export * from './types';
