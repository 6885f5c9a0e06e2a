/** The shipped flow-matching models (`public/models/fm/`, written by scripts/train-flow-matching.ts). */
import { validateCnf, type CnfWeights } from '../../nn/cnf/model';

export type ShippedKind = 'fm' | 'reflow' | 'ml';

/** Loads a shipped model: 'fm' the 1-rectified flow, 'reflow' the 2-rectified flow, 'ml' chapter 5's CNF. */
export async function loadShipped(set: string, kind: ShippedKind): Promise<CnfWeights> {
  const base = import.meta.env.BASE_URL;
  const url = kind === 'ml' ? `${base}models/cnf/${set}.json` : `${base}models/fm/${set}${kind === 'reflow' ? '.reflow' : ''}.json`;
  const r = await fetch(url);
  if (!r.ok) throw new Error(`no shipped model at ${url} (${r.status})`);
  const parsed = validateCnf(await r.json());
  if (!parsed.ok) throw new Error(`${url}: ${parsed.error}`);
  return parsed.value;
}
