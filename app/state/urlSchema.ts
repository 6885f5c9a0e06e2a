/**
 * A typed schema of a widget's user-set inputs, round-tripped through the URL query string
 * (TensorFlow Playground's `state.ts` idea). Decoding never throws: a malformed value falls back to the
 * default and is reported in `problems`, so the page can say what it ignored and lose nothing else.
 *
 * @example
 * const schema = { y0: num({ default: 1, min: -5, max: 5 }), method: oneOf(['euler', 'dopri5'], 'dopri5') };
 * const { values, problems } = decodeQuery(schema, '?y0=2&method=rk9');
 * // values = { y0: 2, method: 'dopri5' },
 * // problems = [{ key: 'method', refusal: { kind: 'notOption', raw: 'rk9', options: ['euler', 'dopri5'] } }]
 * // urlProblemText(problems[0], 'en') === 'method: "rk9" is not one of euler, dopri5'
 *
 * Problems are data, worded at the page by `urlProblemText` in the reader's language (as solver failures
 * and formula problems are), so a widget can wrap one in its own sentence in either language.
 */

/** A short text in each of the site's languages. */
export interface Worded {
  en: string;
  zh: string;
}

/** Why a field refused its value from the address. `note` says what an unplain value means (log10 lr). */
export type UrlRefusal =
  | { kind: 'notNumber'; raw: string; note?: Worded }
  | { kind: 'notWhole'; raw: string; note?: Worded }
  | { kind: 'outside'; value: number; min: number; max: number; note?: Worded }
  | { kind: 'notOption'; raw: string; options: readonly string[] }
  | { kind: 'notBool'; raw: string }
  | { kind: 'tooLong'; max: number }
  | { kind: 'count'; min: number; max: number }
  | { kind: 'listItem'; raw: string; min: number; max: number }
  | { kind: 'unknownSetting' }
  /** A field's own format that did not decode (a drawing); `detail` is English, for logs and the English page. */
  | { kind: 'unreadable'; detail: string };

/** One value of the address that was ignored: the setting's name and why. */
export interface UrlProblem {
  key: string;
  refusal: UrlRefusal;
}

export interface Field<T> {
  default: T;
  /** Parses a URL value; returns why it refuses it instead of throwing. */
  parse(raw: string): { ok: true; value: T } | { ok: false; error: UrlRefusal };
  format(value: T): string;
}

export type Schema = Record<string, Field<unknown>>;
export type Values<S extends Schema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

/**
 * A number in [min, max]. `note` is added to every error about it, for a value whose meaning is not plain
 * from its name (a log10 learning rate).
 */
export function num(opts: { default: number; min?: number; max?: number; integer?: boolean; note?: Worded }): Field<number> {
  const { min = -Infinity, max = Infinity, integer = false } = opts;
  const note = opts.note;
  return {
    default: opts.default,
    parse(raw) {
      const v = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(v)) return { ok: false, error: { kind: 'notNumber', raw, note } };
      if (integer && !Number.isInteger(v)) return { ok: false, error: { kind: 'notWhole', raw, note } };
      if (v < min || v > max) return { ok: false, error: { kind: 'outside', value: v, min, max, note } };
      return { ok: true, value: v };
    },
    format: (v) => String(Number(v.toPrecision(12))),
  };
}

export function oneOf<T extends string>(options: readonly T[], fallback: T): Field<T> {
  return {
    default: fallback,
    parse(raw) {
      return (options as readonly string[]).includes(raw)
        ? { ok: true, value: raw as T }
        : { ok: false, error: { kind: 'notOption', raw, options } };
    },
    format: (v) => v,
  };
}

export function bool(fallback: boolean): Field<boolean> {
  return {
    default: fallback,
    parse(raw) {
      if (raw === '1' || raw === 'true') return { ok: true, value: true };
      if (raw === '0' || raw === 'false') return { ok: true, value: false };
      return { ok: false, error: { kind: 'notBool', raw } };
    },
    format: (v) => (v ? '1' : '0'),
  };
}

export function text(fallback: string, maxLength = 500): Field<string> {
  return {
    default: fallback,
    parse(raw) {
      return raw.length <= maxLength ? { ok: true, value: raw } : { ok: false, error: { kind: 'tooLong', max: maxLength } };
    },
    format: (v) => v,
  };
}

/** A list of numbers separated by `_`, e.g. initial values `0.5_1_-2`. */
export function numList(fallback: number[], opts: { min?: number; max?: number; maxItems?: number; minItems?: number } = {}): Field<number[]> {
  const { min = -Infinity, max = Infinity, maxItems = 64, minItems = 0 } = opts;
  return {
    default: fallback,
    parse(raw) {
      const parts = raw === '' ? [] : raw.split('_');
      if (parts.length > maxItems || parts.length < minItems) return { ok: false, error: { kind: 'count', min: minItems, max: maxItems } };
      const values = parts.map(Number);
      const bad = parts.find((p, i) => p.trim() === '' || !Number.isFinite(values[i]) || values[i] < min || values[i] > max);
      if (bad !== undefined) return { ok: false, error: { kind: 'listItem', raw: bad, min, max } };
      return { ok: true, value: values };
    },
    format: (v) => v.map((x) => String(Number(x.toPrecision(10)))).join('_'),
  };
}

export function defaults<S extends Schema>(schema: S): Values<S> {
  return Object.fromEntries(Object.entries(schema).map(([k, f]) => [k, f.default])) as Values<S>;
}

/**
 * Page-wide settings that any address may carry besides a widget's own (`?backend=wasm` forces the tfjs
 * backend, app/runtime/tfBackend.ts). Widgets neither report them as unknown nor drop them from the URL.
 */
export const SITE_PARAMS: readonly string[] = ['backend'];

/** The site-wide parameters of a query string, as a query string (`?backend=wasm` or ''). */
export function siteParams(query: string): string {
  const params = new URLSearchParams(query);
  const kept = new URLSearchParams();
  for (const key of SITE_PARAMS) {
    const v = params.get(key);
    if (v !== null) kept.set(key, v);
  }
  const q = kept.toString();
  return q ? `?${q}` : '';
}

/**
 * The element id named by an address's `#fragment`. A malformed percent-escape (`#%E0%A4%A`) is taken
 * literally rather than thrown as `URIError`, as URLSearchParams does for the query.
 */
export function decodeHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function decodeQuery<S extends Schema>(schema: S, query: string, base: Partial<Values<S>> = {}): { values: Values<S>; problems: UrlProblem[] } {
  const params = new URLSearchParams(query);
  const values = { ...defaults(schema), ...base } as Record<string, unknown>;
  const problems: UrlProblem[] = [];
  for (const [key, raw] of params) {
    const field = schema[key];
    if (SITE_PARAMS.includes(key)) continue;
    if (!field) {
      problems.push({ key, refusal: { kind: 'unknownSetting' } });
      continue;
    }
    const parsed = field.parse(raw);
    if (parsed.ok) values[key] = parsed.value;
    else problems.push({ key, refusal: parsed.error });
  }
  return { values: values as Values<S>, problems };
}

/**
 * Longest query string a widget writes into the address. Servers refuse request headers over about 8 kB
 * (HTTP 431; nginx's default large_client_header_buffers is 8 kB, Node's max header size 16 kB), and links
 * are pasted into places that cut them; 2,000 characters is the classic safe URL length and holds every
 * widget's full state (the longest, three 300-character formulas, fits even fully percent-encoded).
 */
export const MAX_QUERY_LENGTH = 2000;

/** Whether `field` accepts `value` as it would be read back from the address. */
function accepts(field: Field<unknown>, value: unknown): boolean {
  return field.parse(field.format(value)).ok;
}

/**
 * Writes only the values that differ from the defaults, so links stay short. A value the schema would reject
 * on reading (a 10,000-character formula) is never written: `fallback` (the last accepted values) stands in
 * for it, else the default. So a link always reloads as a page the site accepts.
 */
export function encodeQuery<S extends Schema>(schema: S, values: Values<S>, fallback: Partial<Values<S>> = {}): string {
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(schema)) {
    let v = (values as Record<string, unknown>)[key];
    if (!accepts(field, v)) {
      const before = (fallback as Record<string, unknown>)[key];
      v = before !== undefined && accepts(field, before) ? before : field.default;
    }
    const s = field.format(v);
    if (s !== field.format(field.default)) params.set(key, s);
  }
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** The values of `values` that `schema` accepts, over `previous` for the rest (the last accepted values). */
export function acceptedValues<S extends Schema>(schema: S, values: Values<S>, previous: Values<S>): Values<S> {
  const out = { ...previous } as Record<string, unknown>;
  for (const [key, field] of Object.entries(schema)) {
    const v = (values as Record<string, unknown>)[key];
    if (accepts(field, v)) out[key] = v;
  }
  return out as Values<S>;
}

/** What a refusal says, after the setting's name, in English and in Chinese (numbers and raw values as written). */
const refusalText: Record<'en' | 'zh', (r: UrlRefusal) => string> = {
  en(r) {
    const note = 'note' in r && r.note ? ` (${r.note.en})` : '';
    switch (r.kind) {
      case 'notNumber':
        return `"${r.raw}" is not a number${note}`;
      case 'notWhole':
        return `"${r.raw}" is not a whole number${note}`;
      case 'outside':
        return `${r.value} is outside [${r.min}, ${r.max}]${note}`;
      case 'notOption':
        return `"${r.raw}" is not one of ${r.options.join(', ')}`;
      case 'notBool':
        return `"${r.raw}" is not true or false`;
      case 'tooLong':
        return `longer than ${r.max} characters`;
      case 'count':
        return `needs ${r.min}–${r.max} numbers`;
      case 'listItem':
        return `"${r.raw}" is not a number in [${r.min}, ${r.max}]`;
      case 'unknownSetting':
        return 'not a setting of this widget';
      case 'unreadable':
        return r.detail;
    }
  },
  zh(r) {
    const note = 'note' in r && r.note ? `（${r.note.zh}）` : '';
    switch (r.kind) {
      case 'notNumber':
        return `「${r.raw}」不是数${note}`;
      case 'notWhole':
        return `「${r.raw}」不是整数${note}`;
      case 'outside':
        return `${r.value} 超出范围 [${r.min}, ${r.max}]${note}`;
      case 'notOption':
        return `「${r.raw}」不是可选值之一（${r.options.join(', ')}）`;
      case 'notBool':
        return `「${r.raw}」不是 true 或 false`;
      case 'tooLong':
        return `超过 ${r.max} 个字符`;
      case 'count':
        return `需要 ${r.min}–${r.max} 个数`;
      case 'listItem':
        return `「${r.raw}」不是 [${r.min}, ${r.max}] 内的数`;
      case 'unknownSetting':
        return '不是这个交互组件的设置';
      case 'unreadable':
        return '无法读取：不是本站写出的格式';
    }
  },
};

/** A problem `decodeQuery` found, worded in the page's language: `method: "rk9" is not one of euler, dopri5`. */
export function urlProblemText(problem: UrlProblem, lang: 'en' | 'zh'): string {
  return `${problem.key}${lang === 'zh' ? '：' : ': '}${refusalText[lang](problem.refusal)}`;
}
