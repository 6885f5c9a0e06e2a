/**
 * The reader's drawing as a URL value: every pointer sample of every stroke, quantised to a grid and packed
 * three bytes a sample into base64url (four characters a sample, no padding).
 *
 * A sample is its grid cell (qx, qy), 0…GRID − 1 on each axis over the widget's window [−extent, extent]², and
 * whether it starts a stroke. Packed as the 24-bit number `first · 2²² + qx · 2¹¹ + qy` (bit 23 is always 0);
 * a value with bit 23 set, a length that is not a multiple of four, or a character outside base64url's
 * alphabet (RFC 4648 §5) is not a drawing this site wrote, and is reported, never guessed at.
 *
 * The drawing's points are made from the samples by a seeded jitter (DrawYourData/drawing.ts), so the samples
 * are the whole drawing: a reload gives back the same points, not similar ones.
 *
 * Bound: MAX_DRAWN_SAMPLES samples, 4 characters each, is 1,800 characters; with the widget's other settings
 * at their longest (`?set=drawn&t=0.37&tol=-6&seed=1000000000&backend=wasm&pts=`, 58 characters) the query
 * stays under the site's ceiling MAX_QUERY_LENGTH = 2,000 (app/state/urlSchema.ts).
 */
import type { Field, UrlRefusal } from './urlSchema';

/** Grid cells per axis: 2¹¹, a cell of 9/2048 ≈ 0.0044 on chapter 6's window, far below the 0.1 jitter. */
export const DRAW_GRID = 2048;
/** The longest drawing a link holds, in pointer samples (see the bound above). */
export const MAX_DRAWN_SAMPLES = 450;

/** One pointer sample on the grid. */
export interface DrawnSample {
  qx: number;
  qy: number;
  /** True for the first sample of a stroke (pointer down). */
  first: boolean;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** The grid cell of plane coordinate `v` on [−extent, extent], clamped to the window. */
export function toGrid(v: number, extent: number): number {
  const q = Math.round(((v + extent) / (2 * extent)) * (DRAW_GRID - 1));
  return Math.max(0, Math.min(DRAW_GRID - 1, q));
}

/** The plane coordinate of grid cell `q`. */
export function fromGrid(q: number, extent: number): number {
  return (q / (DRAW_GRID - 1)) * 2 * extent - extent;
}

export function encodeDrawing(samples: readonly DrawnSample[]): string {
  let out = '';
  for (const s of samples) {
    const code = (s.first ? 1 << 22 : 0) | (s.qx << 11) | s.qy;
    for (let shift = 18; shift >= 0; shift -= 6) out += ALPHABET[(code >> shift) & 63];
  }
  return out;
}

export function decodeDrawing(raw: string): { ok: true; value: DrawnSample[] } | { ok: false; error: UrlRefusal } {
  const refuse = (detail: string) => ({ ok: false as const, error: { kind: 'unreadable' as const, detail } });
  const notOurs = 'is not a drawing this site wrote';
  if (raw.length % 4 !== 0) return refuse(`${raw.length} characters ${notOurs} (it must be groups of four)`);
  if (raw.length / 4 > MAX_DRAWN_SAMPLES) return refuse(`${raw.length / 4} pointer samples are more than a link holds (${MAX_DRAWN_SAMPLES})`);
  const value: DrawnSample[] = [];
  for (let i = 0; i < raw.length; i += 4) {
    let code = 0;
    for (let j = 0; j < 4; j++) {
      const d = INDEX.get(raw[i + j]);
      if (d === undefined) return refuse(`"${raw[i + j]}" ${notOurs} (letters, digits, - and _ only)`);
      code = code * 64 + d;
    }
    if (code >= 1 << 23) return refuse(`"${raw.slice(i, i + 4)}" ${notOurs}`);
    value.push({ first: code >= 1 << 22, qx: (code >> 11) & (DRAW_GRID - 1), qy: code & (DRAW_GRID - 1) });
  }
  if (value.length > 0 && !value[0].first) return refuse(`${notOurs} (it does not start a stroke)`);
  return { ok: true, value };
}

/** The URL field of a drawing (empty by default; an empty drawing is not written). */
export function drawing(): Field<DrawnSample[]> {
  return { default: [], parse: decodeDrawing, format: encodeDrawing };
}
