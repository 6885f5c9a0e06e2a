/**
 * The particles' WebGL2 solver: transform feedback over two buffers (ping-pong), one RK step per particle per
 * call in the vertex shader (`stepShader.ts`), no rasterisation. The drawing (app/render/particles) reads the
 * current buffer. Resources are owned here and freed by `destroy()` (regl's idea).
 */
import { linkProgram, vec4AttributeArrays } from '../gl/glProgram';
import { initialStates } from './initialStates';
import { UPDATE_FRAGMENT, updateVertexShader } from './stepShader';
import type { ParticleSim } from './types';

export interface ParticleStepper {
  /** The two state buffers, vec4(x, y, age, seed) per particle; `current()` indexes the latest. */
  readonly buffers: readonly [WebGLBuffer, WebGLBuffer];
  current(): 0 | 1;
  /** Advances every particle by one step of size h from time t. */
  step(t: number, h: number): void;
  destroy(): void;
}

/** Throws (with the driver's log) when the shader fails, so the caller can fall back and say why. */
export function createParticleStepper(gl: WebGL2RenderingContext, glsl: [string, string], o: ParticleSim): ParticleStepper {
  const update = linkProgram(gl, updateVertexShader(glsl[0], glsl[1], o.method), UPDATE_FRAGMENT, ['v_state']);
  const init = initialStates(o);
  const buffers = [gl.createBuffer(), gl.createBuffer()] as [WebGLBuffer, WebGLBuffer];
  for (const b of buffers) {
    gl.bindBuffer(gl.ARRAY_BUFFER, b);
    gl.bufferData(gl.ARRAY_BUFFER, init, gl.DYNAMIC_COPY);
  }
  const vaos = vec4AttributeArrays(gl, update, 'a_state', buffers);
  const tf = gl.createTransformFeedback();
  const u = {
    t: gl.getUniformLocation(update, 'u_t'),
    h: gl.getUniformLocation(update, 'u_h'),
    win: gl.getUniformLocation(update, 'u_win'),
    frame: gl.getUniformLocation(update, 'u_frame'),
  };
  const w = o.window;
  let cur: 0 | 1 = 0;
  let frameNo = 0;
  return {
    buffers,
    current: () => cur,
    step(t, h) {
      // Read buffer `cur`, write buffer `1 - cur`.
      gl.useProgram(update);
      gl.uniform1f(u.t, t);
      gl.uniform1f(u.h, h);
      gl.uniform4f(u.win, w.xMin, w.xMax, w.yMin, w.yMax);
      gl.uniform1ui(u.frame, frameNo++);
      gl.bindVertexArray(vaos[cur]);
      gl.bindTransformFeedback(gl.TRANSFORM_FEEDBACK, tf);
      gl.bindBufferBase(gl.TRANSFORM_FEEDBACK_BUFFER, 0, buffers[1 - cur]);
      gl.enable(gl.RASTERIZER_DISCARD);
      gl.beginTransformFeedback(gl.POINTS);
      gl.drawArrays(gl.POINTS, 0, o.count);
      gl.endTransformFeedback();
      gl.disable(gl.RASTERIZER_DISCARD);
      gl.bindBufferBase(gl.TRANSFORM_FEEDBACK_BUFFER, 0, null);
      gl.bindTransformFeedback(gl.TRANSFORM_FEEDBACK, null);
      gl.bindVertexArray(null);
      cur = cur === 0 ? 1 : 0;
    },
    destroy() {
      for (const b of buffers) gl.deleteBuffer(b);
      for (const v of vaos) gl.deleteVertexArray(v);
      gl.deleteTransformFeedback(tf);
      gl.deleteProgram(update);
    },
  };
}
