/**
 * ResNet → ODE morph: the same fixed field applied by L residual blocks of step 1/L (one Euler step each)
 * and, past L = 64, by dopri5. The reader slides L and watches the hidden-state paths straighten into
 * polygons at small L and converge onto the dashed continuous flow as L grows.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../state/widgetStore';
import { MORPH_CONTINUOUS, resnetMorphSchema } from '../../state/resnetMorph';
import { morph, swirlField } from '../../nn/classify/morph';
import { Axes } from '../common/chart/Axes';
import { dotsPath, formatNumber, linePath, makeFrame } from '../../render/plot';
import { WidgetFrame } from '../common/WidgetFrame';
import { pointCloud } from './cloud';
import { meta } from './meta';
import './morph.css';

const SIZE = 420;
const frame = makeFrame({ width: SIZE, height: SIZE, x: [-2.2, 2.2], y: [-2.2, 2.2], margin: { left: 34, bottom: 28 } });

export default function ResnetMorph({ standalone, query, ...initial }: { standalone?: boolean; query?: string } & { L?: number }) {
  const { values, set, problems, query: share } = useWidgetState(resnetMorphSchema, {
    initial: typeof initial.L === 'number' ? { L: initial.L } : {},
    query,
    syncUrl: standalone,
  });
  const continuous = values.L >= MORPH_CONTINUOUS;
  const points = useMemo(() => pointCloud(values.n, values.seed), [values.n, values.seed]);
  const ode = useMemo(() => morph(swirlField, points, 'ode'), [points]);
  const res = useMemo(() => (continuous ? ode : morph(swirlField, points, values.L)), [continuous, ode, points, values.L]);

  const odePaths = ode.paths.map((p) => linePath(p.map((s) => s[0]), p.map((s) => s[1]), frame.x, frame.y)).join('');
  const netPaths = res.paths.map((p) => linePath(p.map((s) => s[0]), p.map((s) => s[1]), frame.x, frame.y)).join('');
  const inner = continuous ? '' : res.paths.map((p) => dotsPath(p.slice(1, -1).map((s) => s[0]), p.slice(1, -1).map((s) => s[1]), frame.x, frame.y, 1.8)).join('');
  const starts = dotsPath(points.map((p) => p[0]), points.map((p) => p[1]), frame.x, frame.y, 3.2);
  const ends = res.paths.map((p) => p[p.length - 1]);
  const endDots = dotsPath(ends.map((p) => p[0]), ends.map((p) => p[1]), frame.x, frame.y, 3.2);
  const label = continuous ? 'continuous (dopri5)' : `L = ${values.L}`;

  const readout = continuous
    ? `Continuous limit: dopri5 (rtol 1e-7, atol 1e-9) used ${ode.nfe} function evaluations for ${points.length} points, ${formatNumber(ode.nfe / points.length)} per point.`
    : `L = ${values.L} residual blocks of step 1/${values.L}: ${values.L} evaluations per point. Mean distance of the last block's output from the ODE flow at t = 1: ${formatNumber(res.meanEndError)}.`;

  return (
    <WidgetFrame
      name={meta.name}
      title={meta.title}
      standalone={standalone}
      about={
        <>
          <p>The field: dx/dt = −2.2 y + 0.6 sin(2y)(1 − t/2) − 0.25 x, dy/dt = 2.2 x + 0.6 sin(2x) − 0.25 y (a swirl with a mild shear and contraction).</p>
          <p>Source: app/nn/classify/morph.ts.</p>
        </>
      }
      query={share}
      problems={problems}
      readout={readout}
      caption={
        <>
          {points.length} points (hollow) pass through residual blocks h ← h + (1/L)·f(t, h) that all share one fixed field f; dots mark
          each block's output and filled dots the last. The dashed curves are the ODE flow dh/dt = f(t, h) from t = 0 to 1. Slide L from 1
          to 64, then one more notch to the continuous limit.
        </>
      }
    >
      <div className="widget-controls">
        <label className="morph-control">
          Blocks
          <input
            type="range"
            min={1}
            max={MORPH_CONTINUOUS}
            step={1}
            value={values.L}
            aria-valuetext={label}
            onChange={(e) => set({ L: Number(e.target.value) })}
          />
          <output className="morph-L">{label}</output>
        </label>
      </div>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} role="img" aria-label={`Hidden-state paths for ${label}`} className="morph-plot">
        <Axes frame={frame} xLabel="h₁" yLabel="h₂" />
        <path className="morph-ode" d={odePaths} />
        <path className="morph-net" d={netPaths} data-testid="morph-paths" />
        <path className="morph-inner" d={inner} />
        <path className="morph-start" d={starts} />
        <path className="morph-end" d={endDots} />
      </svg>
    </WidgetFrame>
  );
}
