/**
 * Particles on the GPU: WebGL2 transform feedback (two buffers, ping-pong), one RK step per particle per
 * frame in the vertex shader, drawn as points over a faded copy of the last frame (trails). Resources
 * are owned by the returned object and freed by `destroy()` (regl's idea).
 */
import { mulberry32 } from '../../math/rng';
import { DRAW_FRAGMENT, DRAW_VERTEX, FADE_FRAGMENT, FADE_VERTEX, UPDATE_FRAGMENT, updateVertexShader } from './shaders';
import { FADE, LIFE_MIN, LIFE_SPREAD, type ParticleOptions, type ParticleSystem } from './types';

function compile(gl: WebGL2RenderingContext, type: number, src: string): WebGLShader {
  const s = gl.createShader(type);
  if (!s) throw new Error('WebGL2: cannot create a shader');
  gl.shaderSource(s, src);
  gl.compileShader(s);
  if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) {
    const log = gl.getShaderInfoLog(s);
    gl.deleteShader(s);
    throw new Error(`WebGL2 shader did not compile: ${log}`);
  }
  return s;
}

function program(gl: WebGL2RenderingContext, vs: string, fs: string, feedback?: string[]): WebGLProgram {
  const p = gl.createProgram();
  if (!p) throw new Error('WebGL2: cannot create a program');
  const v = compile(gl, gl.VERTEX_SHADER, vs);
  const f = compile(gl, gl.FRAGMENT_SHADER, fs);
  gl.attachShader(p, v);
  gl.attachShader(p, f);
  if (feedback) gl.transformFeedbackVaryings(p, feedback, gl.INTERLEAVED_ATTRIBS);
  gl.linkProgram(p);
  gl.deleteShader(v);
  gl.deleteShader(f);
  if (!gl.getProgramParameter(p, gl.LINK_STATUS)) {
    const log = gl.getProgramInfoLog(p);
    gl.deleteProgram(p);
    throw new Error(`WebGL2 program did not link: ${log}`);
  }
  return p;
}

/** Initial states vec4(x, y, age, seed): uniform over the window, ages spread so rebirths are staggered. */
export function initialStates(o: ParticleOptions): Float32Array {
  const rng = mulberry32(o.seed);
  const w = o.window;
  const a = new Float32Array(o.count * 4);
  for (let i = 0; i < o.count; i++) {
    a[4 * i] = w.xMin + rng.next() * (w.xMax - w.xMin);
    a[4 * i + 1] = w.yMin + rng.next() * (w.yMax - w.yMin);
    a[4 * i + 2] = Math.floor(rng.next() * (LIFE_MIN + LIFE_SPREAD));
    a[4 * i + 3] = rng.next();
  }
  return a;
}

/**
 * Returns null when WebGL2 is missing; throws (with the driver's log) when the shader fails, so the caller
 * can fall back and say why.
 */
export function createGpuParticles(canvas: HTMLCanvasElement, glsl: [string, string], o: ParticleOptions): ParticleSystem | null {
  const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true, antialias: false, premultipliedAlpha: false });
  if (!gl) return null;
  // A lost context compiles nothing and logs null: say what happened instead (app/runtime/glContextLoss.ts).
  if (gl.isContextLost()) throw new Error('the WebGL context is lost');
  const update = program(gl, updateVertexShader(glsl[0], glsl[1], o.method), UPDATE_FRAGMENT, ['v_state']);
  const draw = program(gl, DRAW_VERTEX, DRAW_FRAGMENT);
  const fade = program(gl, FADE_VERTEX, FADE_FRAGMENT);
  const init = initialStates(o);
  const buffers = [gl.createBuffer(), gl.createBuffer()];
  const vaos = [gl.createVertexArray(), gl.createVertexArray()];
  const drawVaos = [gl.createVertexArray(), gl.createVertexArray()];
  const tf = gl.createTransformFeedback();
  const updLoc = gl.getAttribLocation(update, 'a_state');
  const drawLoc = gl.getAttribLocation(draw, 'a_state');
  for (let i = 0; i < 2; i++) {
    gl.bindBuffer(gl.ARRAY_BUFFER, buffers[i]);
    gl.bufferData(gl.ARRAY_BUFFER, init, gl.DYNAMIC_COPY);
    gl.bindVertexArray(vaos[i]);
    gl.enableVertexAttribArray(updLoc);
    gl.vertexAttribPointer(updLoc, 4, gl.FLOAT, false, 16, 0);
    gl.bindVertexArray(drawVaos[i]);
    gl.enableVertexAttribArray(drawLoc);
    gl.vertexAttribPointer(drawLoc, 4, gl.FLOAT, false, 16, 0);
  }
  gl.bindVertexArray(null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
  const u = {
    t: gl.getUniformLocation(update, 'u_t'),
    h: gl.getUniformLocation(update, 'u_h'),
    win: gl.getUniformLocation(update, 'u_win'),
    frame: gl.getUniformLocation(update, 'u_frame'),
    dWin: gl.getUniformLocation(draw, 'u_win'),
    dSize: gl.getUniformLocation(draw, 'u_size'),
    dColor: gl.getUniformLocation(draw, 'u_color'),
    bg: gl.getUniformLocation(fade, 'u_bg'),
  };
  const w = o.window;
  const [br, bg, bb] = o.background;
  gl.clearColor(br, bg, bb, 1);
  gl.clear(gl.COLOR_BUFFER_BIT);
  let cur = 0;
  let frameNo = 0;
  return {
    kind: 'webgl2',
    count: o.count,
    frame(t, h) {
      gl.viewport(0, 0, canvas.width, canvas.height);
      // 1. Step: read buffer `cur`, write buffer `1 - cur`, no rasterisation.
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
      cur = 1 - cur;
      // 2. Fade the last frame towards the background, then draw the particles on top.
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
      gl.bindVertexArray(drawVaos[cur]);
      gl.drawArrays(gl.POINTS, 0, o.count);
      gl.bindVertexArray(null);
      gl.disable(gl.BLEND);
    },
    destroy() {
      for (const b of buffers) gl.deleteBuffer(b);
      for (const v of [...vaos, ...drawVaos]) gl.deleteVertexArray(v);
      gl.deleteTransformFeedback(tf);
      gl.deleteProgram(update);
      gl.deleteProgram(draw);
      gl.deleteProgram(fade);
    },
  };
}
