/**
 * The small expression language a reader may type for a vector field, as a tree of plain objects.
 * The parser (`parse.ts`) turns mathjs's AST into this tree and refuses everything outside the whitelist;
 * the two back ends (`closure.ts` for JavaScript, `glsl.ts` for WebGL2) only ever see this tree, so
 * neither can be reached by anything the whitelist did not admit.
 */

/** Functions of one argument, with the JavaScript implementation each compiles to. */
export const UNARY_FUNCTIONS = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  sign: Math.sign,
  floor: Math.floor,
} as const satisfies Record<string, (x: number) => number>;

/** Functions of two arguments. */
export const BINARY_FUNCTIONS = {
  min: Math.min,
  max: Math.max,
  pow: Math.pow,
  atan2: Math.atan2,
} as const satisfies Record<string, (a: number, b: number) => number>;

export type UnaryName = keyof typeof UNARY_FUNCTIONS;
export type BinaryName = keyof typeof BINARY_FUNCTIONS;

/** Named constants; `e` is Euler's number, `pi` is π. */
export const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Expr =
  | { kind: 'num'; value: number }
  /** `index` is the position of the variable in the evaluation environment. */
  | { kind: 'var'; name: string; index: number }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'op'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'call1'; fn: UnaryName; arg: Expr }
  | { kind: 'call2'; fn: BinaryName; left: Expr; right: Expr };

export const isUnaryName = (s: string): s is UnaryName => Object.hasOwn(UNARY_FUNCTIONS, s);
export const isBinaryName = (s: string): s is BinaryName => Object.hasOwn(BINARY_FUNCTIONS, s);

/** True if the tree mentions the variable at `index` (e.g. whether a field depends on time). */
export function mentions(e: Expr, index: number): boolean {
  switch (e.kind) {
    case 'num':
      return false;
    case 'var':
      return e.index === index;
    case 'neg':
    case 'call1':
      return mentions(e.arg, index);
    case 'op':
    case 'call2':
      return mentions(e.left, index) || mentions(e.right, index);
  }
}
