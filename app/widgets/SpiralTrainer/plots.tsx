/**
 * The trainer's five views, drawn from computed arrays only (compute first, then draw): trajectories
 * against t, the phase portrait, learned vs true field, the loss curve, evaluations per iteration.
 * Each is an SVG with a text alternative; colours follow ode_demo's figure (true solid, learned dashed).
 */
import { Axes } from '../common/chart/Axes';
import { dotsPath, linePath, segmentsPath } from '../../render/plot';
import { makeFrame } from '../../render/plot';
import { envelope } from './envelope';
import type { FieldSample } from './fieldGrid';
import type { TestPoint } from './session';
import { useStrings } from '../common/i18n';
import { spiralTrainerStrings } from './strings';

const stride = (v: Float64Array, k: number) => Float64Array.from({ length: v.length >> 1 }, (_, i) => v[2 * i + k]);

export function TrajectoryPlot({ width, t, truth, pred }: { width: number; t: Float64Array; truth: Float64Array; pred: Float64Array }) {
  const s = useStrings(spiralTrainerStrings);
  const frame = makeFrame({ width, height: 190, x: [0, t[t.length - 1]], y: [-2.2, 2.2], margin: { left: 40 } });
  const sx = frame.x, sy = frame.y;
  return (
    <svg className="st-plot" width={width} height={190} role="img" aria-label={s.trajectoryLabel}>
      <Axes frame={frame} xLabel="t" yLabel="x, y" />
      <path className="st-true st-c0" d={linePath(t, stride(truth, 0), sx, sy)} />
      <path className="st-true st-c1" d={linePath(t, stride(truth, 1), sx, sy)} />
      <path className="st-pred st-c0" d={linePath(t, stride(pred, 0), sx, sy)} />
      <path className="st-pred st-c1" d={linePath(t, stride(pred, 1), sx, sy)} />
    </svg>
  );
}

export function PhasePlot({ size, truth, pred }: { size: number; truth: Float64Array; pred: Float64Array }) {
  const s = useStrings(spiralTrainerStrings);
  const frame = makeFrame({ width: size, height: size, x: [-2.2, 2.2], y: [-2.2, 2.2], margin: { left: 40 } });
  return (
    <svg className="st-plot" width={size} height={size} role="img" aria-label={s.phaseLabel}>
      <Axes frame={frame} xLabel="x" yLabel="y" />
      <path className="st-true st-phase" d={linePath(stride(truth, 0), stride(truth, 1), frame.x, frame.y)} />
      <path className="st-pred st-phase-pred" d={linePath(stride(pred, 0), stride(pred, 1), frame.x, frame.y)} />
    </svg>
  );
}

export function FieldPlot({ size, field }: { size: number; field: FieldSample }) {
  const s = useStrings(spiralTrainerStrings);
  const frame = makeFrame({ width: size, height: size, x: [-2.2, 2.2], y: [-2.2, 2.2], margin: { left: 40 } });
  const len = Math.max(6, (size - 60) / 24);
  return (
    <svg className="st-plot" width={size} height={size} role="img" aria-label={s.fieldLabel}>
      <Axes frame={frame} xLabel="x" yLabel="y" grid={false} />
      <path className="st-field-true" d={segmentsPath(field.x, field.y, field.trueDx, field.trueDy, frame.x, frame.y, len, true)} />
      <path className="st-field-learned" d={segmentsPath(field.x, field.y, field.learnedDx, field.learnedDy, frame.x, frame.y, len, true)} />
    </svg>
  );
}

export function LossPlot({ width, height, loss, ema, tests, xMax }: { width: number; height: number; loss: number[]; ema: number[]; tests: TestPoint[]; xMax: number }) {
  const s = useStrings(spiralTrainerStrings);
  const frame = makeFrame({ width, height, x: [0, xMax], y: [1e-4, 10], yLog: true, margin: { left: 58 } });
  const clampLog = (v: number) => Math.max(1e-4, Math.min(10, v));
  const raw = envelope(loss, width), avg = envelope(ema, width);
  return (
    <svg className="st-plot" width={width} height={height} role="img" aria-label={s.lossLabel}>
      <Axes frame={frame} xLabel={s.iteration} yLabel={s.meanError} yLog xTicks={4} />
      <path className="st-loss-raw" d={linePath(raw.x, raw.y.map(clampLog), frame.x, frame.y)} />
      <path className="st-loss-ema" d={linePath(avg.x, avg.y.map(clampLog), frame.x, frame.y)} />
      <path className="st-loss-test" d={dotsPath(tests.map((t) => t.iteration), tests.map((t) => clampLog(t.loss)), frame.x, frame.y, 2.2)} />
    </svg>
  );
}

export function NfePlot({ width, height, forward, backward, xMax }: { width: number; height: number; forward: number[]; backward: number[]; xMax: number }) {
  const s = useStrings(spiralTrainerStrings);
  const top = Math.max(80, ...forward.slice(-400), ...backward.slice(-400)) * 1.1;
  const frame = makeFrame({ width, height, x: [0, xMax], y: [0, top], margin: { left: 50 } });
  const fwd = envelope(forward, width);
  const hasBackward = backward.some((b) => b > 0);
  const bwd = envelope(backward, width);
  return (
    <svg className="st-plot" width={width} height={height} role="img" aria-label={s.nfeLabel}>
      <Axes frame={frame} xLabel={s.iteration} yLabel={s.evaluations} xTicks={4} />
      <path className="st-nfe-f" d={linePath(fwd.x, fwd.y, frame.x, frame.y)} />
      {hasBackward && <path className="st-nfe-b" d={linePath(bwd.x, bwd.y.map((b) => (b > 0 ? b : NaN)), frame.x, frame.y)} />}
    </svg>
  );
}
