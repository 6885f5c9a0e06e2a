/**
 * Particles on the GPU: the WebGL2 solver of app/nn/particles steps them (transform feedback); this file
 * draws them as points over a faded copy of the last frame (trails). Resources are owned by the returned
 * object and freed by `destroy()` (regl's idea).
 */
import { createParticleStepper } from '../../nn/particles';
import { linkProgram, vec4AttributeArrays } from '../../nn/gl/glProgram';
import { DRAW_FRAGMENT, DRAW_VERTEX, FADE_FRAGMENT, FADE_VERTEX } from './drawShaders';
import { FADE, type ParticleOptions, type ParticleSystem } from './types';

/**
 * Returns null when WebGL2 is missing; throws (with the driver's log) when the shader fails, so the caller
 * can fall back and say why.
 */
export function createGpuParticles(canvas: HTMLCanvasElement, glsl: [string, string], o: ParticleOptions): ParticleSystem | null {
  const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true, antialias: false, premultipliedAlpha: false });
  if (!gl) return null;
  // A lost context compiles nothing and logs null: say what happened instead (app/runtime/glContextLoss.ts).
  if (gl.isContextLost()) throw new Error('the WebGL context is lost');
  const stepper = createParticleStepper(gl, glsl, o);
  const draw = linkProgram(gl, DRAW_VERTEX, DRAW_FRAGMENT);
  const fade = linkProgram(gl, FADE_VERTEX, FADE_FRAGMENT);
  const drawVaos = vec4AttributeArrays(gl, draw, 'a_state', stepper.buffers);
  const u = {
    dWin: gl.getUniformLocation(draw, 'u_win'),
    dSize: gl.getUniformLocation(draw, 'u_size'),
    dColor: gl.getUniformLocation(draw, 'u_color'),
    bg: gl.getUniformLocation(fade, 'u_bg'),
  };
  const w = o.window;
  const [br, bg, bb] = o.background;
  gl.clearColor(br, bg, bb, 1);
  gl.clear(gl.COLOR_BUFFER_BIT);
  return {
    kind: 'webgl2',
    count: o.count,
    frame(t, h) {
      gl.viewport(0, 0, canvas.width, canvas.height);
      stepper.step(t, h);
      // Fade the last frame towards the background, then draw the particles on top.
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA);
      gl.useProgram(fade);
      gl.uniform4f(u.bg, br, bg, bb, FADE);
      gl.bindVertexArray(null);
      gl.drawArrays(gl.TRIANGLES, 0, 3);
      gl.useProgram(draw);
      gl.uniform4f(u.dWin, w.xMin, w.xMax, w.yMin, w.yMax);
      gl.uniform1f(u.dSize, Math.max(1.3, (window.devicePixelRatio || 1) * 1.4));
      gl.uniform3f(u.dColor, o.color[0], o.color[1], o.color[2]);
      gl.bindVertexArray(drawVaos[stepper.current()]);
      gl.drawArrays(gl.POINTS, 0, o.count);
      gl.bindVertexArray(null);
      gl.disable(gl.BLEND);
    },
    destroy() {
      for (const v of drawVaos) gl.deleteVertexArray(v);
      stepper.destroy();
      gl.deleteProgram(draw);
      gl.deleteProgram(fade);
    },
  };
}
