import type { ReactNode } from 'react';
import type { RowSummary } from '../../nn/classify/comparisonSummary';
import { NET_LABELS } from '../../nn/classify/netKinds';
import { ScrollRegion } from '../common/ScrollRegion';

const pct = (v: number | null) => (v === null ? '–' : `${(100 * v).toFixed(1)}%`);
const kb = (v: number | null) => (v === null ? '–' : `${(v / 1024).toFixed(v < 10240 ? 1 : 0)} kB`);
const ms = (v: number | null) => (v === null ? '–' : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const nfe = (r: RowSummary) => {
  if (r.kind === 'mlp') return '–';
  if (r.nfe === null) return '–';
  const f = r.kind === 'resnet' ? `${Math.round(r.nfe)} blocks` : r.nfe.toFixed(1);
  return r.backwardNfe === null ? f : `${f} + ${r.backwardNfe.toFixed(1)} back`;
};

/** The comparison table: one row per network, with a progress bar when `target` is given. */
export function ComparisonTable({ rows, caption, target, label }: { rows: RowSummary[]; caption: ReactNode; target?: number; label: string }) {
  return (
    <div className="cmp-block">
      <p className="cmp-caption">{caption}</p>
      <ScrollRegion kind="table">
        <table className="cmp-table" aria-label={label}>
          <thead>
            <tr>
              <th scope="col">Network</th>
              <th scope="col">Parameters</th>
              <th scope="col">Test error</th>
              <th scope="col">Peak memory</th>
              <th scope="col">Time / iteration</th>
              <th scope="col">NFE</th>
              {target !== undefined && <th scope="col">Progress</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kind} data-net={r.kind}>
                <th scope="row">{NET_LABELS[r.kind]}</th>
                <td>{r.params > 0 ? r.params.toLocaleString('en') : '–'}</td>
                <td data-cell="error">{pct(r.testError)}</td>
                <td data-cell="memory">{kb(r.peakBytes)}</td>
                <td data-cell="time">{ms(r.msPerIteration)}</td>
                <td data-cell="nfe">{nfe(r)}</td>
                {target !== undefined && (
                  <td>
                    <progress max={target} value={r.iterations} aria-label={`${NET_LABELS[r.kind]} training progress`} /> {r.iterations}
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
