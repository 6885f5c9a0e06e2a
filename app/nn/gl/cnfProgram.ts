/**
 * The fused WebGL2 CNF integrator (DESIGN.md, "the WebGL solver"): a batch of 2-D points lives in an
 * RGBA32F texture (x, y, A, w), one fragment per point; each draw runs whole RK steps of the augmented
 * state through the whole MLP with its exact divergence (`cnfShader.ts`), ping-ponging between two
 * textures. Resources are explicit, as in regl: `destroy()` frees them; after a context loss (watched by the
 * owner through app/runtime/glContextLoss.ts) the object refuses further work (the widget falls back to tfjs).
 *
 * Read-back never stalls the page: `finish()` places a fence and resolves on a later animation frame once
 * the GPU has signalled it, then reads the texture with one `readPixels`.
 */
import { cnfFragmentSource, FULLSCREEN_VERTEX } from './cnfShader';
import { packCnf } from './packWeights';
import type { CnfWeights } from '../cnf/model';
import type { FixedMethod } from '../../solver/types.ts';

export interface GlBatch {
  readonly width: number;
  readonly height: number;
  /** Number of points (≤ width·height). */
  readonly n: number;
}

interface BatchImpl extends GlBatch {
  tex: [WebGLTexture, WebGLTexture];
  fbo: [WebGLFramebuffer, WebGLFramebuffer];
  cur: 0 | 1;
}

function compile(gl: WebGL2RenderingContext, type: number, src: string): WebGLShader {
  const s = gl.createShader(type);
  if (!s) throw new Error('could not create a shader');
  gl.shaderSource(s, src);
  gl.compileShader(s);
  if (!gl.getShaderParameter(s, gl.COMPILE_STATUS) && !gl.isContextLost()) throw new Error(`shader did not compile: ${gl.getShaderInfoLog(s)}`);
  return s;
}

export function createFloatTexture(gl: WebGL2RenderingContext, width: number, height: number, data: Float32Array | null): WebGLTexture {
  const tex = gl.createTexture();
  if (!tex) throw new Error('could not create a texture');
  gl.bindTexture(gl.TEXTURE_2D, tex);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA32F, width, height, 0, gl.RGBA, gl.FLOAT, data);
  return tex;
}

export class FusedCnfProgram {
  private readonly program: WebGLProgram;
  private readonly weights: WebGLTexture;
  private readonly vao: WebGLVertexArrayObject;
  private readonly batches = new Set<BatchImpl>();
  private readonly u: { state: WebGLUniformLocation | null; w: WebGLUniformLocation | null; t0: WebGLUniformLocation | null; h: WebGLUniformLocation | null; steps: WebGLUniformLocation | null };
  private destroyed = false;

  /** Throws with a reason when WebGL2 float render targets are missing or the shader fails. */
  constructor(
    private readonly gl: WebGL2RenderingContext,
    w: CnfWeights,
    /** The fixed-grid tableau the shader's stage loop is generated from (torchdiffeq's `rk4` by default). */
    method: FixedMethod = 'rk4',
  ) {
    if (!gl.getExtension('EXT_color_buffer_float')) throw new Error('this WebGL2 cannot render to float textures (EXT_color_buffer_float missing)');
    const packed = packCnf(w);
    const vs = compile(gl, gl.VERTEX_SHADER, FULLSCREEN_VERTEX);
    const fs = compile(gl, gl.FRAGMENT_SHADER, cnfFragmentSource(packed.H1, packed.H2, method));
    const program = gl.createProgram();
    if (!program) throw new Error('could not create a program');
    gl.attachShader(program, vs);
    gl.attachShader(program, fs);
    gl.linkProgram(program);
    gl.deleteShader(vs);
    gl.deleteShader(fs);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`program did not link: ${gl.getProgramInfoLog(program)}`);
    this.program = program;
    this.u = {
      state: gl.getUniformLocation(program, 'uState'),
      w: gl.getUniformLocation(program, 'uW'),
      t0: gl.getUniformLocation(program, 'uT0'),
      h: gl.getUniformLocation(program, 'uH'),
      steps: gl.getUniformLocation(program, 'uSteps'),
    };
    this.weights = createFloatTexture(gl, packed.width, 1, packed.texels);
    const vao = gl.createVertexArray();
    if (!vao) throw new Error('could not create a vertex array');
    this.vao = vao;
  }

  get isLost(): boolean {
    return this.gl.isContextLost();
  }

  private check(): void {
    if (this.destroyed) throw new Error('the fused program was destroyed');
    if (this.isLost) throw new Error('the WebGL context was lost');
  }

  /** Uploads points (x, y pairs) as a batch with A = 0; the texture is `width` wide. */
  createBatch(points: Float32Array | Float64Array, width: number): GlBatch {
    this.check();
    const { gl } = this;
    const n = points.length / 2;
    const height = Math.ceil(n / width);
    const data = new Float32Array(4 * width * height);
    for (let i = 0; i < n; i++) {
      data[4 * i] = points[2 * i];
      data[4 * i + 1] = points[2 * i + 1];
      data[4 * i + 3] = 1;
    }
    const tex: [WebGLTexture, WebGLTexture] = [createFloatTexture(gl, width, height, data), createFloatTexture(gl, width, height, null)];
    const fbo = tex.map((t) => {
      const f = gl.createFramebuffer();
      if (!f) throw new Error('could not create a framebuffer');
      gl.bindFramebuffer(gl.FRAMEBUFFER, f);
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, t, 0);
      return f;
    }) as [WebGLFramebuffer, WebGLFramebuffer];
    if (gl.checkFramebufferStatus(gl.FRAMEBUFFER) !== gl.FRAMEBUFFER_COMPLETE) throw new Error('float framebuffer is incomplete here');
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    const b: BatchImpl = { width, height, n, tex, fbo, cur: 0 };
    this.batches.add(b);
    return b;
  }

  /** Encodes `steps` RK steps of size h from t0 in one draw (nothing waits here). */
  step(batch: GlBatch, t0: number, h: number, steps: number): void {
    this.check();
    const b = batch as BatchImpl;
    const { gl, u } = this;
    const next = (1 - b.cur) as 0 | 1;
    gl.useProgram(this.program);
    gl.bindVertexArray(this.vao);
    gl.bindFramebuffer(gl.FRAMEBUFFER, b.fbo[next]);
    gl.viewport(0, 0, b.width, b.height);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, b.tex[b.cur]);
    gl.activeTexture(gl.TEXTURE1);
    gl.bindTexture(gl.TEXTURE_2D, this.weights);
    gl.uniform1i(u.state, 0);
    gl.uniform1i(u.w, 1);
    gl.uniform1f(u.t0, t0);
    gl.uniform1f(u.h, h);
    gl.uniform1i(u.steps, steps);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    b.cur = next;
  }

  /** Resolves with the batch's RGBA state (4 floats per texel) once the GPU is done, without blocking. */
  finish(batch: GlBatch, waitFrame: () => Promise<void>): Promise<Float32Array> {
    this.check();
    const { gl } = this;
    const b = batch as BatchImpl;
    const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    gl.flush();
    const read = () => {
      const out = new Float32Array(4 * b.width * b.height);
      gl.bindFramebuffer(gl.FRAMEBUFFER, b.fbo[b.cur]);
      gl.readPixels(0, 0, b.width, b.height, gl.RGBA, gl.FLOAT, out);
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      return out;
    };
    return (async () => {
      if (sync) {
        while (gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED) {
          if (this.isLost) throw new Error('the WebGL context was lost');
          await waitFrame();
        }
        gl.deleteSync(sync);
      }
      this.check();
      return read();
    })();
  }

  disposeBatch(batch: GlBatch): void {
    const b = batch as BatchImpl;
    if (!this.batches.delete(b)) return;
    const { gl } = this;
    b.tex.forEach((t) => gl.deleteTexture(t));
    b.fbo.forEach((f) => gl.deleteFramebuffer(f));
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const { gl } = this;
    [...this.batches].forEach((b) => this.disposeBatch(b));
    gl.deleteTexture(this.weights);
    gl.deleteProgram(this.program);
    gl.deleteVertexArray(this.vao);
  }
}

/** Why no compute context: no DOM, no WebGL2, or WebGL2 without float render targets. */
export type ComputeContextFailure = 'no-document' | 'no-webgl2' | 'no-float-render';

/**
 * A WebGL2 context on a detached canvas for compute, or the reason there is none: `code` for a widget to
 * word in the reader's language, `error` as an English sentence fragment.
 */
export function createComputeContext(): { gl: WebGL2RenderingContext } | { error: string; code: ComputeContextFailure } {
  if (typeof document === 'undefined') return { error: 'no document (not a browser)', code: 'no-document' };
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const gl = canvas.getContext('webgl2', { antialias: false, depth: false, stencil: false, preserveDrawingBuffer: false });
  if (!gl) return { error: 'this browser has no WebGL2', code: 'no-webgl2' };
  if (!gl.getExtension('EXT_color_buffer_float')) return { error: 'WebGL2 here cannot render to float textures', code: 'no-float-render' };
  return { gl };
}
