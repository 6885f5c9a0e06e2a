/**
 * Why a typed formula was refused, as a code with its parameters, and the sentence a reader sees, in English
 * and in Chinese (terms as in content/zh/terminology.json). The parser (`parse.ts`, `notation.ts`) and
 * `compileSystem` report `{ code, params }`; `formulaMessage(problem, lang)` words it. The English sentences
 * are the ones the site has always shown (tests and e2e specs match them).
 *
 * For widgets: a failed `compileSystem(...)` carries `problem` and `message: { en, zh }`; show
 * `failure.message[lang]` (lang from `useLang()`), or call `formulaMessage(failure.problem, lang)`.
 *
 * `syntax` carries mathjs's own English description (`detail`); the Chinese sentence translates the
 * descriptions mathjs gives for the common slips and quotes any other one as it is.
 */

export type FormulaLang = 'en' | 'zh';

export type FormulaProblem =
  | { code: 'empty'; params: Record<string, never> }
  | { code: 'too-long'; params: { max: number } }
  | { code: 'prime'; params: { char: string; position: number } }
  | { code: 'lone-superscript-sign'; params: { char: string; position: number } }
  | { code: 'unreadable-character'; params: { char: string; position: number } }
  | { code: 'syntax'; params: { detail: string; position: number | null } }
  | { code: 'quoted-text'; params: { text: string; vars: string[] } }
  | { code: 'not-a-number'; params: { value: string } }
  | { code: 'function-without-call'; params: { name: string } }
  | { code: 'unknown-name'; params: { name: string; vars: string[]; functions: string[] } }
  | { code: 'operator'; params: { op: string } }
  | { code: 'variable-as-function'; params: { name: string } }
  | { code: 'unknown-function'; params: { name: string; functions: string[] } }
  | { code: 'arity'; params: { name: string; expected: 1 | 2; got: number } }
  | { code: 'assignment'; params: Record<string, never> }
  | { code: 'expression-kind'; params: { kind: string; vars: string[] } }
  | { code: 'component-count'; params: { kind: 'scalar' | 'planar'; dim: number } };

export type FormulaProblemCode = FormulaProblem['code'];

/** A character with its code point, as the messages name it: `"≤" (U+2264)`. */
export function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return `"${ch}" (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

type Wording = { [C in FormulaProblemCode]: (p: Extract<FormulaProblem, { code: C }>['params']) => string };

const list = (xs: string[]) => xs.join(', ');

const EN: Wording = {
  empty: () => 'The formula is empty.',
  'too-long': (p) => `The formula is longer than ${p.max} characters.`,
  prime: (p) => `The prime ${describeChar(p.char)} at character ${p.position} marks a derivative: type only the right-hand side, e.g. -y for y′ = −y.`,
  'lone-superscript-sign': (p) => `The superscript sign ${describeChar(p.char)} at character ${p.position} needs superscript digits after it, e.g. y⁻¹, or type y^(-1).`,
  'unreadable-character': (p) => `The character ${describeChar(p.char)} at character ${p.position} is not part of a formula: use + - * / ^, parentheses, numbers, letters and the functions.`,
  syntax: (p) => `Cannot read the formula: ${p.detail}${p.position === null ? '' : ` (at character ${p.position})`}.`,
  'quoted-text': (p) => `Text in quotes (${JSON.stringify(p.text)}) is not allowed: a formula holds only numbers, ${list(p.vars)}, operators and functions.`,
  'not-a-number': (p) => `Only plain numbers are allowed, not ${JSON.stringify(p.value)}.`,
  'function-without-call': (p) => `"${p.name}" is a function: write ${p.name}(…).`,
  'unknown-name': (p) => `Unknown name "${p.name}": use ${list(p.vars)}, pi, e and the functions ${list(p.functions)}.`,
  operator: (p) => `The operator "${p.op}" is not allowed: use + - * / ^ and parentheses.`,
  'variable-as-function': (p) => `"${p.name}" is a variable, not a function: write ${p.name}*(…) to multiply.`,
  'unknown-function': (p) => `Unknown function "${p.name || '?'}": the functions are ${list(p.functions)}.`,
  arity: (p) => `${p.name}(…) takes ${p.expected === 1 ? 'one argument' : 'two arguments'}, not ${p.got}.`,
  assignment: () => 'Assignments are not allowed: type only the right-hand side, e.g. sin(t) - y.',
  'expression-kind': (p) => `This kind of expression (${p.kind}) is not allowed: use numbers, ${list(p.vars)}, operators and functions.`,
  'component-count': (p) => `A ${p.kind} system needs ${p.dim} formula${p.dim > 1 ? 's' : ''}.`,
};

/** mathjs's descriptions of the common slips, in Chinese; any other description is quoted in English. */
const SYNTAX_ZH: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Unexpected end of expression$/, () => '公式没有写完'],
  [/^Parenthesis \) expected$/, () => '缺少右括号 )'],
  [/^Value expected$/, () => '这里应当是一个数、变量或函数'],
  [/^Unexpected operator (.+)$/, (m) => `这里不应出现运算符 ${m[1]}`],
  [/^Unexpected type of argument.*$/, () => '参数类型不对'],
  [/^Syntax error in part "(.*)"$/, (m) => `“${m[1]}”处有语法错误`],
];

const zhSyntaxDetail = (detail: string) => {
  for (const [re, say] of SYNTAX_ZH) {
    const m = detail.match(re);
    if (m) return say(m);
  }
  return detail;
};

const listZh = (xs: string[]) => xs.join('、');

const ZH: Wording = {
  empty: () => '公式是空的。',
  'too-long': (p) => `公式超过了 ${p.max} 个字符。`,
  prime: (p) => `第 ${p.position} 个字符处的撇号 ${describeChar(p.char)} 表示导数：只需输入方程右边，例如 y′ = −y 输入 -y。`,
  'lone-superscript-sign': (p) => `第 ${p.position} 个字符处的上标符号 ${describeChar(p.char)} 后面需要上标数字，例如 y⁻¹，或输入 y^(-1)。`,
  'unreadable-character': (p) => `第 ${p.position} 个字符 ${describeChar(p.char)} 不能出现在公式中：请使用 + - * / ^、括号、数字、字母和函数。`,
  syntax: (p) => `无法读取公式：${zhSyntaxDetail(p.detail)}${p.position === null ? '' : `（第 ${p.position} 个字符处）`}。`,
  'quoted-text': (p) => `不允许使用引号中的文字（${JSON.stringify(p.text)}）：公式只能包含数字、${listZh(p.vars)}、运算符和函数。`,
  'not-a-number': (p) => `只允许普通的数字，不允许 ${JSON.stringify(p.value)}。`,
  'function-without-call': (p) => `“${p.name}”是函数：请写成 ${p.name}(…)。`,
  'unknown-name': (p) => `未知的名称“${p.name}”：可用 ${listZh(p.vars)}、pi、e 和函数 ${list(p.functions)}。`,
  operator: (p) => `不允许使用运算符“${p.op}”：请使用 + - * / ^ 和括号。`,
  'variable-as-function': (p) => `“${p.name}”是变量，不是函数：相乘请写成 ${p.name}*(…)。`,
  'unknown-function': (p) => `未知的函数“${p.name || '?'}”：可用的函数有 ${list(p.functions)}。`,
  arity: (p) => `${p.name}(…) 需要 ${p.expected === 1 ? '一个' : '两个'}参数，而不是 ${p.got} 个。`,
  assignment: () => '不允许赋值：只需输入方程右边，例如 sin(t) - y。',
  'expression-kind': (p) => `不允许这种表达式（${p.kind}）：请使用数字、${listZh(p.vars)}、运算符和函数。`,
  'component-count': (p) => `${p.kind === 'scalar' ? '标量方程' : '平面方程组'}需要 ${p.dim} 个公式。`,
};

const WORDING: Record<FormulaLang, Wording> = { en: EN, zh: ZH };

/**
 * The sentence a reader sees for a refused formula, in their language.
 * @example formulaMessage({ code: 'too-long', params: { max: 300 } }, 'zh') // '公式超过了 300 个字符。'
 */
export function formulaMessage(problem: FormulaProblem, lang: FormulaLang): string {
  const say = WORDING[lang][problem.code] as (p: FormulaProblem['params']) => string;
  return say(problem.params);
}

/** Both languages at once, for results that cross to a widget which picks one. */
export function formulaMessages(problem: FormulaProblem): Record<FormulaLang, string> {
  return { en: formulaMessage(problem, 'en'), zh: formulaMessage(problem, 'zh') };
}
