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
import { workerStatus } from '../MemoryMeter/useTfWorker';
import { ScrollRegion } from '../common/ScrollRegion';

const NAMES = gradientNames(spiralField().paramNames);
const D = gradientCheckSchema;

export default function GradientCheck({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: share } = useWidgetState(gradientCheckSchema, { query, syncUrl: standalone });
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
    { head: 'finite diff. (f64)', g: ref64 ?? undefined },
    { head: 'backprop (tfjs f32)', g: tcols.backprop?.gradient },
    { head: `adjoint (f64, rtol ${formatToleranceExp(btol)})`, g: f64.gradient },
    { head: `odeintAdjoint (tfjs f32, rtol ${tcols.adjoint ? fmt(tcols.adjoint.rtolUsed, 1) : '…'})`, g: tcols.adjoint?.gradient },
  ];
  const computing = !ref64 || series.length < BTOL_SERIES.length || (!tcols.tfError && (!tcols.backprop || !tcols.adjoint));
  const allProblems = tcols.tfError ? [...problems, `tfjs: ${tcols.tfError}`] : problems;

  return (
    <WidgetFrame
      name="gradient-check"
      layout="wide"
      title="Gradient check: adjoint, backprop and finite differences"
      standalone={standalone}
      query={share}
      problems={allProblems}
      status={workerStatus(tcols.backend, tcols.tfError)}
      readout={
        <>
          Adjoint (float64, backward rtol {formatToleranceExp(btol)}): largest relative error against finite differences {err(f64.gradient)}, {f64.backwardNfe} backward
          evaluations for {f64.forwardNfe} forward.
          {tcols.backprop && <> Backprop (float32): {err(tcols.backprop.gradient)}, {tcols.backprop.forwardNfe} forward evaluations, {tcols.backprop.ms.toFixed(0)} ms.</>}
          {tcols.adjoint && <> odeintAdjoint (float32): {err(tcols.adjoint.gradient)}, {tcols.adjoint.backwardNfe} backward evaluations, {tcols.adjoint.ms.toFixed(0)} ms.</>}
          {!ref64 && <> Finite differences: {fd.done} of {fd.total} components…</>}
        </>
      }
      caption={
        <>
          The gradient of L = ½‖z(T) − (0.5, 0.5)‖² with respect to z(0) and the 12 weights of the spiral network
          (defaults: k = {D.damping.default}, T = {D.T.default}, backward rtol {formatToleranceExp(D.btol.default)}). Columns: central finite
          differences in float64 (the reference); backprop through tfjs's odeintTensor in float32; Algorithm 1 in float64 at
          the backward tolerance you set; tfjs's odeintAdjoint in float32 (its backward rtol is held at 1e−6 or looser,
          since float32 cannot meet tighter ones). Finite differences
          perturb each input by ±1e−5 and re-solve on a fine rk4 grid. The last row is the largest error of the
          whole 14-entry gradient relative to its largest entry. The chart shows the float64 adjoint's error at
          every backward tolerance (orange) and backprop's error in float32 (blue dashes).
        </>
      }
    >
      <div ref={ref}>
        <div className="widget-controls">
          <label>
            Backward rtol
            <input type="range" min={-12} max={-2} step={1} value={btol} aria-valuetext={`10 to the ${btol}`} onChange={(e) => set({ btol: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{formatToleranceExp(btol)}</span>
          </label>
          <label>
            Contraction k
            <input type="range" min={0} max={2} step={0.05} value={damping} onChange={(e) => set({ damping: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{damping.toFixed(2)}</span>
          </label>
          <label>
            End time T
            <input type="range" min={1} max={10} step={0.5} value={T} onChange={(e) => set({ T: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{T}</span>
          </label>
        </div>
        {/* Busy while the table and the chart still fill in (finite differences, the tolerance series, the tfjs columns). */}
        <div className="figure-panels" style={{ ['--panel-min' as string]: '360px' }} aria-busy={computing}>
          <ScrollRegion kind="table">
            <table className="cd-table">
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
                  <th scope="row">max rel. error (all 14)</th>
                  {columns.map((c, j) => <td key={c.head}>{j === 0 ? 'reference' : err(c.g)}</td>)}
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
