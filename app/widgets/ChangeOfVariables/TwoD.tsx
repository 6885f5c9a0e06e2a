/**
 * The 2-D twin: the planar map g(z) = z + u·tanh(wᵀz + b) drawn as the image of a square grid, with one
 * small square (draggable) and its image. The readout compares the image's measured area with |det J| δ².
 */
import { trackPointer } from '../../runtime/trackPointer';
import { scaleLinear } from 'd3';
import { PlaneSvg } from '../common/chart/PlaneSvg';
import { useRef } from 'react';
import { mappedSquare, planarMap, type Planar } from './maps';
import { useStrings } from '../common/i18n';
import { changeOfVariablesStrings } from './strings';

const S = 300;
const D = [-3, 3];

export function TwoD({ planar, px, py, side, onMove }: { planar: Planar; px: number; py: number; side: number; onMove: (x: number, y: number) => void }) {
  const s = useStrings(changeOfVariablesStrings);
  const svgRef = useRef<SVGSVGElement>(null);
  const sx = scaleLinear().domain(D).range([0, S]);
  const sy = scaleLinear().domain(D).range([S, 0]);
  const lines: string[] = [];
  for (let k = -3; k <= 3; k += 0.5) {
    const h: string[] = [];
    const v: string[] = [];
    for (let s = -3.5; s <= 3.5; s += 0.1) {
      const [a, b] = planarMap(planar, s, k);
      h.push(`${sx(a).toFixed(1)},${sy(b).toFixed(1)}`);
      const [c, d] = planarMap(planar, k, s);
      v.push(`${sx(c).toFixed(1)},${sy(d).toFixed(1)}`);
    }
    lines.push(h.join(' '), v.join(' '));
  }
  const x0 = px - side / 2;
  const y0 = py - side / 2;
  const image = mappedSquare(planar, x0, y0, side)
    .map(([a, b]) => `${sx(a).toFixed(1)},${sy(b).toFixed(1)}`)
    .join(' ');
  // The hyperplane wᵀz + b = 0, where the map stretches or squeezes most.
  const nrm = Math.hypot(planar.w[0], planar.w[1]);
  const [cx, cy] = [(-planar.b * planar.w[0]) / nrm ** 2, (-planar.b * planar.w[1]) / nrm ** 2];
  const [tx, ty] = [-planar.w[1] / nrm, planar.w[0] / nrm];

  const onPointerDown = (e: React.PointerEvent) => trackPointer(e, () => svgRef.current, S, S, (px, py) => onMove(sx.invert(px), sy.invert(py)));
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = e.shiftKey ? 0.5 : 0.1;
    const d = { ArrowUp: [0, step], ArrowDown: [0, -step], ArrowLeft: [-step, 0], ArrowRight: [step, 0] }[e.key];
    if (!d) return;
    e.preventDefault();
    onMove(px + d[0], py + d[1]);
  };
  return (
    <PlaneSvg width={S} height={S} box={{ x0: D[0], x1: D[1], y0: D[0], y1: D[1] }} xLabel="z₁" yLabel="z₂" role="group" aria-label={s.plot2dLabel}>
      <svg ref={svgRef} width={S} height={S} viewBox={`0 0 ${S} ${S}`}>
      {lines.map((p, i) => (
        <polyline key={i} points={p} fill="none" stroke="var(--muted)" strokeWidth={0.6} opacity={0.6} />
      ))}
      <line x1={sx(cx - 5 * tx)} y1={sy(cy - 5 * ty)} x2={sx(cx + 5 * tx)} y2={sy(cy + 5 * ty)} stroke="var(--accent)" strokeDasharray="4 4" opacity={0.7} />
      <rect x={sx(x0)} y={sy(y0 + side)} width={sx(x0 + side) - sx(x0)} height={sy(y0) - sy(y0 + side)} fill="none" stroke="var(--ink)" strokeDasharray="3 3" />
      <polygon points={image} fill="var(--accent-2)" opacity={0.55} stroke="var(--accent-2)" />
      <circle
        cx={sx(px)}
        cy={sy(py)}
        r={8}
        fill="var(--bg, #fff)"
        stroke="var(--ink)"
        strokeWidth={2}
        tabIndex={0}
        role="slider"
        aria-label={s.squareCentre}
        aria-valuetext={`z = (${px.toFixed(2)}, ${py.toFixed(2)})`}
        aria-valuenow={Number(px.toFixed(2))}
        style={{ cursor: 'move', touchAction: 'none' }}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
      />
      </svg>
    </PlaneSvg>
  );
}
