/** One particle's log-det ledger: log p(z(t_k)) = log N(z(0)) − A(t_k), A(t) = ∫₀ᵗ tr(∂f/∂z) ds. */
import { logStdNormal2 } from '../../nn/cnf/model';
import type { FlowResult } from '../../nn/cnf/densityEngine';
import { useStrings } from '../common/i18n';
import { densityFlowStrings } from './strings';

export function Ledger({ res, picked, t, frames, T }: { res: FlowResult | null; picked: number; t: number; frames: number; T: number }) {
  const s = useStrings(densityFlowStrings);
  const s0 = res?.particles[0];
  if (!res || !s0) return null;
  const base = logStdNormal2(s0[3 * picked], s0[3 * picked + 1]);
  const rows = [];
  for (let k = 0; k <= frames; k++) {
    const s = res.particles[k];
    if (!s || k / frames > t + 1e-9) break;
    const A = s[3 * picked + 2];
    rows.push({ k, t: (k * T) / frames, x: s[3 * picked], y: s[3 * picked + 1], A, logp: base - A });
  }
  return (
    <table className="ledger" style={{ fontSize: "0.78rem" }} aria-label={s.ledgerLabel(String(picked + 1))}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{s.ledgerCaption(String(picked + 1), base.toFixed(3))}</caption>
      <thead>
        <tr>
          <th scope="col">t</th>
          <th scope="col">z(t)</th>
          <th scope="col">−∫ tr ∂f/∂z</th>
          <th scope="col">log p(z(t))</th>
        </tr>
      </thead>
      <tbody style={{ fontFamily: 'var(--mono)' }}>
        {rows.map((r) => (
          <tr key={r.k} style={{ whiteSpace: 'nowrap' }}>
            <td style={{ padding: '0.1rem 0.4rem' }}>{r.t.toFixed(3)}</td>
            <td style={{ padding: '0.1rem 0.4rem' }}>
              ({r.x.toFixed(2)}, {r.y.toFixed(2)})
            </td>
            <td style={{ textAlign: 'right', padding: '0.1rem 0.4rem' }}>{(-r.A).toFixed(3)}</td>
            <td style={{ textAlign: 'right', padding: '0.1rem 0.4rem' }}>{r.logp.toFixed(3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
