/**
 * The fallback where WebGL2 is missing: the same particles stepped in JavaScript (app/nn/particles, the
 * solver's generic stepper) and drawn on a 2-D canvas with the same fading trails. Fewer particles, same
 * picture.
 */
import { mulberry32 } from '../../math/rng';
import { initialStates, makeScratch, stepAll, type PlanarField } from '../../nn/particles';
import { FADE, LIFE_MIN, LIFE_SPREAD, type ParticleOptions, type ParticleSystem } from './types';

export function createCpuParticles(canvas: HTMLCanvasElement, f: PlanarField, o: ParticleOptions): ParticleSystem | null {
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const state = initialStates(o);
  const scratch = makeScratch(o.method);
  const rng = mulberry32(o.seed ^ 0x9e3779b9);
  const w = o.window;
  const spanX = w.xMax - w.xMin;
  const spanY = w.yMax - w.yMin;
  const css = (c: [number, number, number], a: number) => `rgba(${Math.round(c[0] * 255)}, ${Math.round(c[1] * 255)}, ${Math.round(c[2] * 255)}, ${a})`;
  ctx.fillStyle = css(o.background, 1);
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return {
    kind: 'js',
    count: o.count,
    frame(t, h) {
      stepAll(f, state, 4, o.count, t, h, o.method, scratch);
      ctx.fillStyle = css(o.background, FADE);
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.fillStyle = css(o.color, 0.6);
      const sx = canvas.width / spanX;
      const sy = canvas.height / spanY;
      const size = Math.max(1.5, (window.devicePixelRatio || 1) * 1.6);
      for (let i = 0; i < o.count; i++) {
        const k = 4 * i;
        const age = state[k + 2] + 1;
        const life = LIFE_MIN + LIFE_SPREAD * ((state[k + 3] * 7.31) % 1);
        const x = state[k];
        const y = state[k + 1];
        const outside = !(x > w.xMin - 0.1 * spanX && x < w.xMax + 0.1 * spanX && y > w.yMin - 0.1 * spanY && y < w.yMax + 0.1 * spanY);
        if (age > life || outside) {
          state[k] = w.xMin + rng.next() * spanX;
          state[k + 1] = w.yMin + rng.next() * spanY;
          state[k + 2] = 0;
          continue;
        }
        state[k + 2] = age;
        if (age > 2) ctx.fillRect((x - w.xMin) * sx - size / 2, (w.yMax - y) * sy - size / 2, size, size);
      }
    },
    destroy() {},
  };
}
