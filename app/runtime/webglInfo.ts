/**
 * What WebGL this browser offers, read without tfjs: whether WebGL2 exists, whether float render targets
 * work (needed for float32 compute), and the renderer string, which names a software renderer
 * (SwiftShader, llvmpipe) when there is no GPU.
 */
export interface WebglInfo {
  webgl2: boolean;
  floatTargets: boolean;
  renderer: string;
  software: boolean;
}

export function readWebglInfo(): WebglInfo {
  const none: WebglInfo = { webgl2: false, floatTargets: false, renderer: 'none', software: false };
  if (typeof document === 'undefined') return none;
  let gl: WebGL2RenderingContext | null;
  try {
    gl = document.createElement('canvas').getContext('webgl2');
  } catch {
    return none;
  }
  if (!gl) return none;
  const dbg = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(dbg ? gl.getParameter(dbg.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  const floatTargets = gl.getExtension('EXT_color_buffer_float') !== null;
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { webgl2: true, floatTargets, renderer, software: /swiftshader|llvmpipe|software|basic render/i.test(renderer) };
}
