/**
 * The ODE playground (issue 3): drag initial values through a slope field or phase plane, pick a solver,
 * and see every step it takes, the step sizes, and its own count of steps and evaluations.
 * State: the reader's inputs live in a per-instance store mirrored to the URL on the standalone page;
 * a drag in progress is a local draft, committed on release, so the URL is not rewritten every frame.
 */
import { useMemo, useRef, useState } from 'react';
import { makeFrame } from '../../render/plot';
import { useWidth } from '../common/chart/useWidth';
import { useSeenOnce } from '../../runtime/useOnScreen';
import { odePlaygroundSchema, type OdePlaygroundValues } from '../../state/odePlayground';
import { useWidgetState } from '../../state/widgetStore';
import { isAdaptive } from '../../solver/types';
import { WidgetFrame } from '../common/WidgetFrame';
import { LOCALE, useLang, useStrings } from '../common/i18n';
import { commonStrings } from '../common/strings';
import { equationText, odePlaygroundStrings } from './strings';
import { Controls } from './Controls';
import { sampleField } from './field';
import { MAX_STAGE_POINTS, PhasePlot } from './PhasePlot';
import { failureText, readoutHeading, readoutLine } from './readout';
import { outputTimes } from './outputTimes';
import { StepStrip } from './StepStrip';
import { useResolvedSystem } from './useResolvedSystem';
import { useTrajectories } from './useTrajectories';
import './playground.css';

/** One colour per initial value, defined in app/render/plot/plot.css with a lighter set for dark mode. */
export const TRAJECTORY_COLORS = ['var(--pg-c1)', 'var(--pg-c2)', 'var(--pg-c3)', 'var(--pg-c4)'];
/** Most initial values a reader can place. */
export const MAX_INITIAL_VALUES = 4;

/** Props from the registry (`standalone`, `query`) and from MDX (the chapter's starting set-up). */
export type OdePlaygroundProps = { standalone?: boolean; query?: string } & Partial<Pick<OdePlaygroundValues, 'eq' | 'method' | 'h' | 'tol'>> & { caption?: string };

export default function OdePlayground({ standalone, query, caption, ...initial }: OdePlaygroundProps) {
  const { values, set, reset, problems, query: share } = useWidgetState(odePlaygroundSchema, { initial, query, syncUrl: standalone });
  const lang = useLang();
  const t = useStrings(odePlaygroundStrings);
  const common = useStrings(commonStrings);
  const [draft, setDraft] = useState<number[] | null>(null);
  const [active, setActive] = useState(0);
  const boxRef = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(boxRef);
  const width = Math.max(280, useWidth(boxRef));

  const sys = useResolvedSystem(values.eq, values.f, values.fx, values.fy);
  const { setup, compiled } = sys;
  const eqText = equationText(values.eq, t);
  const dim = setup.kind === 'scalar' ? 1 : 2;
  const y0Fits = values.y0.length >= dim && values.y0.length % dim === 0;
  const committed = y0Fits ? values.y0 : setup.y0s;
  // Only the address can bring a list that does not fit (the controls keep whole pairs): say so.
  const y0Problem = values.y0.length > 0 && !y0Fits ? [t.y0Problem(values.y0.length)] : [];
  const y0s = draft ?? committed;
  const count = y0s.length / dim;
  const adaptive = isAdaptive(values.method);
  const tol = 10 ** values.tol;

  // Capped at 340 px so the whole figure (controls, plot, step strip, readout) fits a 900 px desktop window.
  const height = Math.round(Math.min(dim === 1 ? 340 : 420, Math.max(260, width * (dim === 1 ? 0.5 : 0.8))));
  const frame = useMemo(() => {
    const w = setup.window;
    return makeFrame({ width, height, x: [w.xMin, w.xMax], y: [w.yMin, w.yMax] });
  }, [setup.window, width, height]);

  const field = useMemo(() => {
    if (!compiled || !seen) return null;
    const nx = Math.max(10, Math.round(width / 28));
    const ny = Math.max(8, Math.round(height / 28));
    return sampleField(compiled.field, dim, setup.window, nx, ny, setup.t0);
  }, [compiled, seen, dim, setup.window, setup.t0, width, height]);

  // Solved in a worker (latest request wins); the handles move at once, the curves follow when solved.
  const exactId = values.eq === 'custom' || values.eq === 'custom2' ? null : values.eq;
  const { trajectories, pending } = useTrajectories(
    compiled && seen
      ? { key: `${values.eq}|${values.f}|${values.fx}|${values.fy}|${values.method}|${values.h}|${tol}`, exprs: compiled.exprs, t0: setup.t0, t1: setup.t1, exactId, method: values.method, h: values.h, tol, y0s }
      : null,
  );

  const exactCurves = useMemo(() => {
    const exact = setup.exact;
    if (!exact) return [];
    const ts = outputTimes(setup.t0, setup.t1, 241);
    return Array.from({ length: count }, (_, i) => {
      const y0 = y0s.slice(i * dim, i * dim + dim);
      const pts = ts.map((t) => exact(t, y0, setup.t0));
      return dim === 1 ? { xs: ts, ys: pts.map((p) => p[0]) } : { xs: pts.map((p) => p[0]), ys: pts.map((p) => p[1]) };
    });
  }, [setup, count, dim, y0s]);

  const onChange = (next: number[], commit: boolean) => {
    if (commit) {
      setDraft(null);
      set({ y0: next });
    } else setDraft(next);
  };
  const addValue = () => {
    const w = setup.window;
    // A new value a third of the way between the existing ones and the window's top, so it is visible.
    const extra = dim === 1 ? [Number((w.yMin + (w.yMax - w.yMin) * (0.2 + 0.2 * count)).toPrecision(3))] : [Number((w.xMin + (w.xMax - w.xMin) * 0.3).toPrecision(3)), Number((w.yMin + (w.yMax - w.yMin) * (0.25 + 0.15 * count)).toPrecision(3))];
    set({ y0: [...committed, ...extra] });
  };
  const removeValue = () => {
    set({ y0: committed.slice(0, committed.length - dim) });
    setActive(0);
  };

  const failures = trajectories.flatMap((tr, i) => (tr.failure ? [t.initialValueProblem(i + 1, failureText(tr.failure, t))] : []));
  const allProblems = [...problems, ...y0Problem.map(common.ignoredInAddress), ...failures];
  const readout = compiled ? (
    <>
      <p className="pg-readout-line">{readoutHeading(values.method, values.h, tol, adaptive, t)}</p>
      {trajectories.map((tr, i) => (
        <p className="pg-readout-line" key={i} style={{ color: TRAJECTORY_COLORS[i % TRAJECTORY_COLORS.length] }}>
          {i + 1}. {readoutLine(tr, dim, setup.t0, setup.t1, !!setup.exact, t)}
        </p>
      ))}
    </>
  ) : sys.reading ? null : (
    <p className="pg-readout-line">{t.noFormula}</p>
  );
  const strip = trajectories[Math.min(active, trajectories.length - 1)] ?? null;
  const defaultCaption = t.caption(eqText.hint, MAX_STAGE_POINTS.toLocaleString(LOCALE[lang]), Math.min(active, count - 1) + 1);

  return (
    <WidgetFrame name="ode-playground" title={t.title} caption={caption ? `${caption} ${defaultCaption}` : defaultCaption} query={share} readout={readout} problems={allProblems} standalone={standalone}>
      <Controls values={values} set={set} formulaError={sys.formulaError} />
      <div ref={boxRef} aria-busy={pending || sys.reading}>
        <PhasePlot
          frame={frame}
          dim={dim}
          t0={setup.t0}
          window={setup.window}
          field={field}
          trajectories={trajectories}
          exactCurves={exactCurves}
          method={values.method}
          colors={TRAJECTORY_COLORS}
          values={y0s}
          onChange={onChange}
          onActivate={setActive}
          label={dim === 1 ? t.slopeFieldLabel(eqText.label, count) : t.phasePlaneLabel(eqText.label, count)}
        />
        <StepStrip width={width} t0={setup.t0} t1={setup.t1} trajectory={strip} color={TRAJECTORY_COLORS[active % TRAJECTORY_COLORS.length]} />
      </div>
      <div className="widget-controls">
        <button type="button" onClick={addValue} disabled={count >= MAX_INITIAL_VALUES}>
          {t.addValue}
        </button>
        <button type="button" onClick={removeValue} disabled={count <= 1}>
          {t.removeLast}
        </button>
        <button type="button" onClick={() => { setDraft(null); reset(); }}>
          {common.reset}
        </button>
      </div>
    </WidgetFrame>
  );
}
