import { useStrings } from '../common/i18n';
import { crossingStrings } from './strings';
import { Axes } from '../common/chart/Axes';
import { linePath, makeFrame } from '../../render/plot';

const W = 200;
const H = 200;
const frame = makeFrame({ width: W, height: H, x: [0, 1], y: [-1.6, 1.6], margin: { left: 36, bottom: 30, right: 8, top: 8 } });

/** Colour of the trajectory starting at x ∈ [−1, 1]: blue at −1 through grey to orange at +1. */
const hue = (x: number) => `hsl(${x < 0 ? 212 : 24} ${Math.round(70 * Math.abs(x))}% ${48 + 8 * (1 - Math.abs(x))}%)`;

/**
 * h(t) against t for each start x, with the targets −x marked at t = 1. Drawing only. With `jump` (the
 * ResNet, which has no states between its input and output) the connectors are dashed: a jump, not a path.
 */
export function TrajectoryPlot({ title, starts, times, paths, jump = false }: { title: string; starts: number[]; times: number[]; paths: number[][] | null; jump?: boolean }) {
  const t = useStrings(crossingStrings);
  return (
    <figure className="cross-panel">
      <h4>{title}</h4>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={t.plotLabel(title)}>
        <Axes frame={frame} xLabel="t" yLabel="h" xTicks={4} yTicks={5} />
        {starts.map((x) => (
          <line key={`target${x}`} className="cross-target" x1={frame.x(1) - 6} x2={frame.x(1) + 2} y1={frame.y(-x)} y2={frame.y(-x)} stroke={hue(x)} />
        ))}
        {paths?.map((p, i) => (
          <path key={starts[i]} className="cross-path" d={linePath(times, p, frame.x, frame.y)} stroke={hue(starts[i])} strokeDasharray={jump ? '4 4' : undefined} data-start={starts[i]} />
        ))}
      </svg>
    </figure>
  );
}
