/** Compiling and linking WebGL2 programs, with the driver's log in the error when it fails. */

export function compileShader(gl: WebGL2RenderingContext, type: number, src: string): WebGLShader {
  const s = gl.createShader(type);
  if (!s) throw new Error('WebGL2: cannot create a shader');
  gl.shaderSource(s, src);
  gl.compileShader(s);
  if (!gl.getShaderParameter(s, gl.COMPILE_STATUS) && !gl.isContextLost()) {
    const log = gl.getShaderInfoLog(s);
    gl.deleteShader(s);
    throw new Error(`WebGL2 shader did not compile: ${log}`);
  }
  return s;
}

/** Links a program from two sources; `feedback` names the varyings captured by transform feedback. */
export function linkProgram(gl: WebGL2RenderingContext, vs: string, fs: string, feedback?: string[]): WebGLProgram {
  const p = gl.createProgram();
  if (!p) throw new Error('WebGL2: cannot create a program');
  const v = compileShader(gl, gl.VERTEX_SHADER, vs);
  const f = compileShader(gl, gl.FRAGMENT_SHADER, fs);
  gl.attachShader(p, v);
  gl.attachShader(p, f);
  if (feedback) gl.transformFeedbackVaryings(p, feedback, gl.INTERLEAVED_ATTRIBS);
  gl.linkProgram(p);
  gl.deleteShader(v);
  gl.deleteShader(f);
  if (!gl.getProgramParameter(p, gl.LINK_STATUS) && !gl.isContextLost()) {
    const log = gl.getProgramInfoLog(p);
    gl.deleteProgram(p);
    throw new Error(`WebGL2 program did not link: ${log}`);
  }
  return p;
}

/**
 * One vertex array per buffer, each feeding the buffer to `program`'s vec4 attribute `name` (16-byte
 * stride: a particle's state x, y and two spare floats). Ping-pong simulations read either buffer, so the
 * stepper and the renderer each bind both.
 */
export function vec4AttributeArrays(gl: WebGL2RenderingContext, program: WebGLProgram, name: string, buffers: readonly WebGLBuffer[]): (WebGLVertexArrayObject | null)[] {
  const loc = gl.getAttribLocation(program, name);
  const vaos = buffers.map((buffer) => {
    const vao = gl.createVertexArray();
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    gl.bindVertexArray(vao);
    gl.enableVertexAttribArray(loc);
    gl.vertexAttribPointer(loc, 4, gl.FLOAT, false, 16, 0);
    return vao;
  });
  gl.bindVertexArray(null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
  return vaos;
}
