/**
 * The 1-D panel: the graph of x = g(z) with draggable knots, the base density N(0, 1) along the z axis
 * (below) and the pushed-forward density p_x = p_z / g′ along the x axis (left, drawn sideways). A strip
 * [a, a + Δz] is shaded in z and its image [g(a), g(a + Δz)] in x.
 */
import { trackPointer } from '../../runtime/trackPointer';
import { scaleLinear } from 'd3';
import { makeFrame } from '../../render/plot';
import { Axes } from '../common/chart/Axes';
import { useId, useRef } from 'react';
import { KNOT_Z } from '../../state/changeOfVariables';
import { evalSpline, phi, type Spline } from './maps';
import { useStrings } from '../common/i18n';
import { changeOfVariablesStrings } from './strings';

const H = 380;
const M = { left: 110, bottom: 90, top: 10, right: 12 };
const Z = [-3.6, 3.6];
const X = [-4.2, 4.2];
/** Room the kit's tick labels take beside an axis (labels such as "−4" at 11 px), and the axis titles outside them. */
const TICK_ROOM = 28;
const TITLE_ROOM = 24;
/** The strip handle: a bar this tall inside the plot, resting on the z axis. */
const HANDLE = 10;

export function OneD({ spline, knots, strip, width, onKnot, onStrip, size = 420 }: { spline: Spline; knots: number[]; strip: number; width: number; onKnot: (i: number, x: number) => void; onStrip: (a: number) => void; size?: number }) {
  const W = Math.max(300, Math.min(460, size));
  const s = useStrings(changeOfVariablesStrings);
  const svgRef = useRef<SVGSVGElement>(null);
  const clipId = useId().replace(/:/g, '');
  const sz = scaleLinear().domain(Z).range([M.left, W - M.right]);
  const frame = makeFrame({ width: W, height: H, x: [Z[0], Z[1]], y: [X[0], X[1]], margin: M });
  const sx = scaleLinear().domain(X).range([H - M.bottom, M.top]);
  const zs = Array.from({ length: 241 }, (_, i) => Z[0] + ((Z[1] - Z[0]) * i) / 240);
  // One density scale for both panels, so heights compare: up to the taller peak (capped at 3).
  const top = Math.min(3, Math.max(0.45, ...zs.map((z) => phi(z) / evalSpline(spline, z)[1])));
  // The two densities sit in the margins beyond the kit's tick labels (TICK_ROOM px from each axis), so no
  // curve runs under a label: p_z between the z ticks and the z title, p_x between the x title and the x ticks.
  const pzScale = scaleLinear().domain([0, top]).range([H - M.bottom + TICK_ROOM, H - TITLE_ROOM]);
  const pxScale = scaleLinear().domain([0, top]).range([M.left - TICK_ROOM, TITLE_ROOM]);
  const graph = zs.map((z) => `${sz(z)},${sx(evalSpline(spline, z)[0])}`).join(' ');
  const base = zs.map((z) => `${sz(z)},${pzScale(phi(z))}`).join(' ');
  // p_x(x) along the x axis: parametrised by z, the point (p_z(z)/g′(z), g(z)).
  const pushed = zs.map((z) => {
    const [g, dg] = evalSpline(spline, z);
    return `${pxScale(Math.min(top, phi(z) / dg))},${sx(Math.max(X[0], Math.min(X[1], g)))}`;
  });
  const a = strip;
  const b = strip + width;
  const [ga] = evalSpline(spline, a);
  const [gb] = evalSpline(spline, b);
  const stripZ = Array.from({ length: 41 }, (_, i) => a + ((b - a) * i) / 40);
  const baseStrip = [`${sz(a)},${pzScale(0)}`, ...stripZ.map((z) => `${sz(z)},${pzScale(phi(z))}`), `${sz(b)},${pzScale(0)}`].join(' ');
  const pushedStrip = [`${pxScale(0)},${sx(ga)}`, ...stripZ.map((z) => `${pxScale(Math.min(top, phi(z) / evalSpline(spline, z)[1]))},${sx(evalSpline(spline, z)[0])}`), `${pxScale(0)},${sx(gb)}`].join(' ');

  const drag = (e: React.PointerEvent, apply: (zv: number, xv: number) => void) =>
    trackPointer(e, () => svgRef.current, W, H, (px, py) => apply(sz.invert(px), sx.invert(py)));
  const key = (e: React.KeyboardEvent, value: number, apply: (v: number) => void) => {
    const step = e.shiftKey ? 0.5 : 0.1;
    const d = { ArrowUp: step, ArrowRight: step, ArrowDown: -step, ArrowLeft: -step }[e.key];
    if (d === undefined) return;
    e.preventDefault();
    apply(value + d);
  };

  return (
    <svg ref={svgRef} viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="group" aria-label={s.plot1dLabel}>
      <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} fill="none" stroke="var(--rule)" />
      {/* the strip through the graph */}
      <rect x={sz(a)} y={M.top} width={sz(b) - sz(a)} height={H - M.bottom - M.top} fill="var(--accent)" opacity={0.12} />
      <rect x={M.left} y={sx(gb)} width={W - M.left - M.right} height={sx(ga) - sx(gb)} fill="var(--accent-2)" opacity={0.12} />
      <clipPath id={clipId}>
        <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} />
      </clipPath>
      <polyline points={graph} fill="none" stroke="var(--ink)" strokeWidth={2} clipPath={`url(#${clipId})`} />
      <polygon points={baseStrip} fill="var(--accent)" opacity={0.55} />
      <polyline points={base} fill="none" stroke="var(--accent)" strokeWidth={1.5} />
      <polygon points={pushedStrip} fill="var(--accent-2)" opacity={0.55} />
      <polyline points={pushed.join(' ')} fill="none" stroke="var(--accent-2)" strokeWidth={1.5} />
      <Axes frame={frame} xLabel="" yLabel="" grid={false} xTicks={7} yTicks={8} />
      <text x={W - M.right} y={H - 8} textAnchor="end" className="plot-label">
        {s.zAxis}
      </text>
      <text transform={`translate(14 ${M.top + (H - M.bottom - M.top) / 2}) rotate(-90)`} textAnchor="middle" className="plot-label">
        {s.xAxis}
      </text>
      <text x={sz(Z[0]) + 6} y={M.top + 14} className="plot-note">
        x = g(z)
      </text>
      {/* strip handle: inside the plot, on the z axis, clear of the tick labels below it */}
      <rect
        x={sz(a)}
        y={H - M.bottom - HANDLE - 1}
        width={Math.max(8, sz(b) - sz(a))}
        height={HANDLE}
        rx={3}
        fill="var(--accent)"
        tabIndex={0}
        role="slider"
        aria-label={s.stripPosition}
        aria-valuemin={-2.9}
        aria-valuemax={2.4}
        aria-valuenow={Number(a.toFixed(2))}
        style={{ cursor: 'ew-resize', touchAction: 'none' }}
        onPointerDown={(e) => drag(e, (zv) => onStrip(zv - width / 2))}
        onKeyDown={(e) => key(e, a, onStrip)}
      />
      {KNOT_Z.map((z, i) => (
        <circle
          key={z}
          cx={sz(z)}
          cy={sx(knots[i])}
          r={8}
          fill="var(--bg, #fff)"
          stroke="var(--ink)"
          strokeWidth={2}
          tabIndex={0}
          role="slider"
          aria-label={s.knot(String(z))}
          aria-valuemin={-5}
          aria-valuemax={5}
          aria-valuenow={Number(knots[i].toFixed(2))}
          style={{ cursor: 'ns-resize', touchAction: 'none' }}
          onPointerDown={(e) => drag(e, (_zv, xv) => onKnot(i, xv))}
          onKeyDown={(e) => key(e, knots[i], (v) => onKnot(i, v))}
        />
      ))}
    </svg>
  );
}
