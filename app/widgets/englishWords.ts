/**
 * For the tests that keep Chinese pages free of English (issue 16): the Latin-script words of a text that
 * are not proper names, method names, units or maths symbols. A Chinese string left in English shows up
 * here; `KEEP` lists what a Chinese page rightly keeps in Latin script (terminology.json: proper names such as
 * Dormand–Prince, Hutchinson, torchdiffeq and dopri5 stay as they are).
 */
const KEEP = new Set(
  [
    // solvers and their settings
    'Dopri5', 'Bosh3', 'RK4', 'RK', 'rtol', 'atol', 'NFE', 'ODE', 'ode_demo', 'Dormand', 'Prince', 'NaN',
    // libraries, runtimes, data sets, optimisers, people
    'torchdiffeq', 'tfjs', 'TensorFlow', 'js', 'wasm', 'cpu', 'webgl', 'WebGL', 'float64', 'float32', 'TypeScript', 'Node', 'UCI', 'RMSprop', 'Adam', 'Van', 'der', 'Pol', 'Hutchinson', 'iframe', 'HTTP', 'GPU', 'WebGL', 'WebGL2', 'JavaScript', 'WebAssembly', 'GLSL', 'transform', 'feedback', 'gpu',
    // networks and their parts
    'MLP', 'ResNet', 'Net', 'tanh', 'ReLU', 'softplus', 'net',
    // maths and units
    'sin', 'cos', 'exp', 'log', 'ln', 'max', 'dt', 'dx', 'dy', 'dh', 'ms', 'y0',
  ].map((w) => w.toLowerCase()),
);

/**
 * Latin words (two characters or more, digits allowed after the first letter) that are not on the keep list.
 * Source file paths (app/nn/classify/morph.ts) are names, not words, and are skipped.
 */
export function englishWords(text: string): string[] {
  const words = text.replace(/[\w./-]+\.tsx?\b/g, ' ').match(/[A-Za-z][A-Za-z0-9_'’]*[A-Za-z0-9]/g) ?? [];
  return [...new Set(words.filter((w) => !KEEP.has(w.toLowerCase())))];
}
