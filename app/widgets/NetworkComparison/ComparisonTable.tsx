import type { ReactNode } from 'react';
import type { RowSummary } from '../../nn/classify/comparisonSummary';
import { LOCALE, useLang, useStrings } from '../common/i18n';
import { networkComparisonStrings, type NetworkComparisonStrings } from './strings';
import { ScrollRegion } from '../common/ScrollRegion';

const pct = (v: number | null) => (v === null ? '–' : `${(100 * v).toFixed(1)}%`);
const kb = (v: number | null) => (v === null ? '–' : `${(v / 1024).toFixed(v < 10240 ? 1 : 0)} kB`);
const ms = (v: number | null) => (v === null ? '–' : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const nfe = (r: RowSummary, t: NetworkComparisonStrings) => {
  if (r.kind === 'mlp') return '–';
  if (r.nfe === null) return '–';
  const f = r.kind === 'resnet' ? t.blocks(Math.round(r.nfe)) : r.nfe.toFixed(1);
  return r.backwardNfe === null ? f : `${f} + ${t.back(r.backwardNfe.toFixed(1))}`;
};

/** The comparison table: one row per network, with a progress bar when `target` is given. */
export function ComparisonTable({ rows, caption, target, label }: { rows: RowSummary[]; caption: ReactNode; target?: number; label: string }) {
  const t = useStrings(networkComparisonStrings);
  const lang = useLang();
  return (
    <div className="cmp-block">
      <p className="cmp-caption">{caption}</p>
      <ScrollRegion kind="table">
        <table className="cmp-table" aria-label={label}>
          <thead>
            <tr>
              <th scope="col">{t.network}</th>
              <th scope="col">{t.parameters}</th>
              <th scope="col">{t.testError}</th>
              <th scope="col">{t.peakMemory}</th>
              <th scope="col">{t.timePerIteration}</th>
              <th scope="col">NFE</th>
              {target !== undefined && <th scope="col">{t.progress}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kind} data-net={r.kind}>
                <th scope="row">{t.netLabels[r.kind]}</th>
                <td>{r.params > 0 ? r.params.toLocaleString(LOCALE[lang]) : '–'}</td>
                <td data-cell="error">{pct(r.testError)}</td>
                <td data-cell="memory">{kb(r.peakBytes)}</td>
                <td data-cell="time">{ms(r.msPerIteration)}</td>
                <td data-cell="nfe">{nfe(r, t)}</td>
                {target !== undefined && (
                  <td>
                    <progress max={target} value={r.iterations} aria-label={t.rowProgress(t.netLabels[r.kind])} /> {r.iterations}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
