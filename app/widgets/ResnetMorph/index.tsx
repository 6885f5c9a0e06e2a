/**
 * ResNet → ODE morph: the same fixed field applied by L residual blocks of step 1/L (one Euler step each)
 * and, past L = 64, by dopri5. The reader slides L and watches the hidden-state paths straighten into
 * polygons at small L and converge onto the dashed continuous flow as L grows.
 */
import { useMemo, useRef } from 'react';
import { useWidgetState } from '../../state/widgetStore';
import { MORPH_CONTINUOUS, resnetMorphSchema } from '../../state/resnetMorph';
import { morph, swirlField } from '../../nn/classify/morph';
import { Axes } from '../common/chart/Axes';
import { useWidth } from '../common/chart/useWidth';
import { dotsPath, formatNumber, linePath, makeFrame } from '../../render/plot';
import { WidgetFrame } from '../common/WidgetFrame';
import { pointCloud } from './cloud';
import { meta } from './meta';
import { useStrings } from '../common/i18n';
import { resnetMorphStrings } from './strings';
import './morph.css';

/** The square plot's largest side in CSS px; narrower boxes (phones) draw it at their own width, so tick text stays at the kit's size instead of being scaled down with a viewBox. */
const MAX_SIZE = 420;

export default function ResnetMorph({ standalone, query, ...initial }: { standalone?: boolean; query?: string } & { L?: number }) {
  const { values, set, problems, query: share } = useWidgetState(resnetMorphSchema, {
    initial: typeof initial.L === 'number' ? { L: initial.L } : {},
    query,
    syncUrl: standalone,
  });
  const t = useStrings(resnetMorphStrings);
  const box = useRef<HTMLDivElement>(null);
  const size = Math.min(MAX_SIZE, useWidth(box, MAX_SIZE));
  const frame = useMemo(() => makeFrame({ width: size, height: size, x: [-2.2, 2.2], y: [-2.2, 2.2], margin: { left: 34, bottom: 28 } }), [size]);
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
  const label = continuous ? t.continuousLabel : `L = ${values.L}`;

  const readout = continuous
    ? t.continuousReadout(ode.nfe, points.length, formatNumber(ode.nfe / points.length))
    : t.blocksReadout(values.L, formatNumber(res.meanEndError));

  return (
    <WidgetFrame
      name={meta.name}
      title={t.title}
      standalone={standalone}
      about={
        <>
          <p>{t.field}</p>
          <p>{t.source}</p>
        </>
      }
      query={share}
      problems={problems}
      readout={readout}
      caption={t.caption(points.length)}
    >
      <div className="widget-controls">
        <label className="morph-control">
          {t.blocks}
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
      <div ref={box} className="morph-box">
      <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="img" aria-label={t.plotLabel(label)} className="morph-plot">
        <Axes frame={frame} xLabel="h₁" yLabel="h₂" />
        <path className="morph-ode" d={odePaths} />
        <path className="morph-net" d={netPaths} data-testid="morph-paths" />
        <path className="morph-inner" d={inner} />
        <path className="morph-start" d={starts} />
        <path className="morph-end" d={endDots} />
      </svg>
      </div>
    </WidgetFrame>
  );
}
