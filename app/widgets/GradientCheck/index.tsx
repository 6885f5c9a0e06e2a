/**
 * `<GradientCheck/>`: one gradient, four ways, for the spiral network of the backward-pass animation:
 * central finite differences (float64, the reference), backprop through the solver (tfjs, float32),
 * Algorithm 1 (float64, backward tolerance from the slider) and torchdiffeq-style `odeintAdjoint` (tfjs,
 * float32). A small table of entries and the largest relative error of each, and the adjoint's error
 * against its backward tolerance, measured.
 */
import { panelWidth } from '../common/chart/panelWidth';
import { useWidth } from '../common/chart/useWidth';
import { formatToleranceExp } from '../../render/plot';
import { useMemo, useRef } from 'react';
import { adjointF64, BTOL_SERIES, gradientNames, TABLE_ROWS } from '../../nn/adjointDemo/gradientCheck';
import { maxRelError } from '../../nn/adjointDemo/relError';
import { spiralField } from '../../nn/adjointDemo/field';
import { useOnScreen } from '../../runtime/useOnScreen';
import { gradientCheckSchema } from '../../state/gradientCheck';
import { useWidgetState } from '../../state/widgetStore';
import { fmt } from '../AdjointBackward/geometry';
import '../AdjointBackward/adjoint.css';
import { useSeries } from '../ReverseDrift/useSeries';
import { WidgetFrame } from '../common/WidgetFrame';
import { ToleranceChart, type TolPoint } from './ToleranceChart';
import { useFiniteDifferences } from './useFiniteDifferences';
import { useTensorColumns } from './useTensorColumns';
import { workerErrorText, workerStatus } from '../MemoryMeter/useTfWorker';
import { tfWorkerStrings } from '../MemoryMeter/workerStrings';
import { useStrings } from '../common/i18n';
import { gradientCheckStrings } from './strings';
import { ScrollRegion } from '../common/ScrollRegion';

const NAMES = gradientNames(spiralField().paramNames);
const D = gradientCheckSchema;

export default function GradientCheck({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: share } = useWidgetState(gradientCheckSchema, { query, syncUrl: standalone });
  const s = useStrings(gradientCheckStrings);
  const ws = useStrings(tfWorkerStrings);
  const ref = useRef<HTMLDivElement>(null);
  const chartWidth = Math.min(560, panelWidth(useWidth(ref, 640), 360, 2));
  const onScreen = useOnScreen(ref);
  const { damping, T, btol } = values;
  const fd = useFiniteDifferences(damping, T, onScreen);
  const f64 = useMemo(() => adjointF64(damping, T, btol), [damping, T, btol]);
  const jobs = useMemo(() => (fd.gradient ? BTOL_SERIES.map((e) => () => ({ btolExp: e, error: maxRelError(adjointF64(damping, T, e).gradient, fd.gradient as Float64Array) })) : []), [fd.gradient, damping, T]);
  const series: TolPoint[] = useSeries(`${damping}|${T}|${fd.gradient ? 1 : 0}`, jobs, onScreen);
  const tcols = useTensorColumns(damping, T, btol, onScreen);

  const ref64 = fd.gradient;
  const err = (g: Float64Array | undefined) => (g && ref64 ? fmt(maxRelError(g, ref64), 2) : '…');
  const cell = (g: Float64Array | undefined, i: number) => (g ? g[i].toPrecision(7) : '…');
  const columns: { head: string; g?: Float64Array }[] = [
    { head: s.colFiniteDiff, g: ref64 ?? undefined },
    { head: s.colBackprop, g: tcols.backprop?.gradient },
    { head: s.colAdjoint(formatToleranceExp(btol)), g: f64.gradient },
    { head: s.colOdeintAdjoint(tcols.adjoint ? fmt(tcols.adjoint.rtolUsed, 1) : '…'), g: tcols.adjoint?.gradient },
  ];
  const computing = !ref64 || series.length < BTOL_SERIES.length || (!tcols.tfError && (!tcols.backprop || !tcols.adjoint));
  const allProblems = tcols.tfError ? [...problems, s.tfjsProblem(workerErrorText(tcols.tfError, ws))] : problems;

  return (
    <WidgetFrame
      name="gradient-check"
      layout="wide"
      title={s.title}
      standalone={standalone}
      query={share}
      problems={allProblems}
      status={workerStatus(tcols.backend, tcols.tfError, ws)}
      readout={
        <>
          {s.readoutAdjoint(formatToleranceExp(btol), err(f64.gradient), String(f64.backwardNfe), String(f64.forwardNfe))}
          {tcols.backprop && s.readoutBackprop(err(tcols.backprop.gradient), String(tcols.backprop.forwardNfe), tcols.backprop.ms.toFixed(0))}
          {tcols.adjoint && s.readoutOdeintAdjoint(err(tcols.adjoint.gradient), String(tcols.adjoint.backwardNfe), tcols.adjoint.ms.toFixed(0))}
          {!ref64 && s.readoutFiniteDiff(String(fd.done), String(fd.total))}
        </>
      }
      caption={s.caption(String(D.damping.default), String(D.T.default), formatToleranceExp(D.btol.default))}
    >
      <div ref={ref}>
        <div className="widget-controls">
          <label>
            {s.backwardRtol}
            <input type="range" min={-12} max={-2} step={1} value={btol} aria-valuetext={s.powerOfTen(String(btol))} onChange={(e) => set({ btol: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{formatToleranceExp(btol)}</span>
          </label>
          <label>
            {s.contraction}
            <input type="range" min={0} max={2} step={0.05} value={damping} onChange={(e) => set({ damping: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{damping.toFixed(2)}</span>
          </label>
          <label>
            {s.endTime}
            <input type="range" min={1} max={10} step={0.5} value={T} onChange={(e) => set({ T: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{T}</span>
          </label>
        </div>
        {/* Busy while the table and the chart still fill in (finite differences, the tolerance series, the tfjs columns). */}
        <div className="figure-panels" style={{ ['--panel-min' as string]: '360px' }} aria-busy={computing}>
          <ScrollRegion kind="table">
            {/* keep-all: Chinese headers break at spaces and punctuation, not between any two characters. */}
            <table className="cd-table" style={{ wordBreak: 'keep-all' }}>
              <thead>
                <tr>
                  <th scope="col">∂L/∂</th>
                  {columns.map((c) => <th scope="col" key={c.head}>{c.head}</th>)}
                </tr>
              </thead>
              <tbody>
                {TABLE_ROWS.map((i) => (
                  <tr key={i}>
                    <th scope="row">{NAMES[i]}</th>
                    {columns.map((c) => <td key={c.head}>{cell(c.g, i)}</td>)}
                  </tr>
                ))}
                <tr className="gc-errors">
                  <th scope="row">{s.maxRelError}</th>
                  {columns.map((c, j) => <td key={c.head}>{j === 0 ? s.reference : err(c.g)}</td>)}
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
          <ToleranceChart width={chartWidth} points={series} current={btol} backpropError={tcols.backprop && ref64 ? maxRelError(tcols.backprop.gradient, ref64) : undefined} />
        </div>
      </div>
    </WidgetFrame>
  );
}
