/**
 * Change of variables, stretch and squeeze: a 1-D monotone map the reader bends (density before and after,
 * a strip that keeps its mass) and its 2-D twin (the Jacobian determinant as the area of a mapped square).
 * Plain TypeScript and SVG; no tfjs.
 */
import { useMemo, useRef } from 'react';
import { useWidth } from '../common/chart/useWidth';
import { WidgetFrame } from '../common/WidgetFrame';
import { useWidgetState } from '../../state/widgetStore';
import { changeOfVariablesSchema, KNOT_Z } from '../../state/changeOfVariables';
import { evalSpline, mappedSquare, monotoneSpline, normalMass, phi, planarDet, polygonArea, type Planar } from './maps';
import { OneD } from './OneD';
import { TwoD } from './TwoD';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** The planar map's fixed direction and offset; the reader scales u (wᵀu = 0.42·strength ≥ −0.38 > −1 keeps it invertible, Rezende and Mohamed 2015, App. A). */
const W_DIR: [number, number] = [1.2, -0.6];
const U_DIR: [number, number] = [0.5, 0.3];
const B = 0.2;

export default function ChangeOfVariables({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(changeOfVariablesSchema, { query, syncUrl: standalone });
  const { knots, strip, width, px, py, side, strength } = values;
  const box = useRef<HTMLDivElement>(null);
  const boxWidth = useWidth(box, 420);
  const spline = useMemo(() => monotoneSpline(KNOT_Z, knots), [knots]);
  const badKnots = knots.some((x, i) => i > 0 && x <= knots[i - 1]);
  const planar: Planar = { u: [U_DIR[0] * strength, U_DIR[1] * strength], w: W_DIR, b: B };

  const onKnot = (i: number, v: number) => {
    const lo = i > 0 ? knots[i - 1] + 0.1 : -5;
    const hi = i < knots.length - 1 ? knots[i + 1] - 0.1 : 5;
    const next = [...knots];
    next[i] = Math.round(clamp(v, lo, hi) * 100) / 100;
    set({ knots: next });
  };
  const a = strip;
  const b = strip + width;
  const [ga, da] = evalSpline(spline, a);
  const [gb] = evalSpline(spline, b);
  const mass = normalMass(a, b);
  const mid = a + width / 2;
  const [, dMid] = evalSpline(spline, mid);
  const x0 = px - side / 2;
  const y0 = py - side / 2;
  const area = polygonArea(mappedSquare(planar, x0, y0, side));
  const det = planarDet(planar, px, py);
  const allProblems = [...problems, ...(badKnots ? ['The knots must increase from left to right for g to be invertible; drag them back into order.'] : [])];
  const oneD = (
    <WidgetFrame
      name="change-of-variables"
      title="Change of variables: stretch and squeeze"
      query={q}
      standalone={standalone}
      problems={allProblems}
      readout={
        <span data-testid="cov-readout-1d">
          Strip z ∈ [{a.toFixed(2)}, {b.toFixed(2)}] holds mass {mass.toFixed(4)}; its image x ∈ [{ga.toFixed(2)}, {gb.toFixed(2)}] is {((gb - ga) / width).toFixed(2)}× as wide (g′ at its middle ={' '}
          {dMid.toFixed(2)}), so the density there is divided by g′ ({dMid > 1 ? 'it falls' : dMid < 1 ? 'it rises' : 'no change'}): from p_z = {phi(mid).toFixed(3)} to p_x = {(phi(mid) / dMid).toFixed(3)}. At the strip&apos;s left edge g′ = {da.toFixed(2)}.
        </span>
      }
      caption={
        <>
          Drag the five knots to bend the monotone map x = g(z), and drag the strip on the z axis. The base density N(0, 1) (below) and the pushed-forward density p_x = p_z/g′ (left) shade the same
          probability mass.
        </>
      }
    >
      <div ref={box}>
        <div className="widget-controls">
          <label>
            Strip width Δz <input type="range" min={0.05} max={1} step={0.05} value={width} onChange={(e) => set({ width: Number(e.target.value) })} />
            <output>{width.toFixed(2)}</output>
          </label>
        </div>
        <OneD size={boxWidth} spline={spline} knots={knots} strip={strip} width={width} onKnot={onKnot} onStrip={(v) => set({ strip: Math.round(clamp(v, -2.9, 2.4) * 100) / 100 })} />
      </div>
    </WidgetFrame>
  );
  const twoD = (
    <WidgetFrame
      name="change-of-variables"
      title="Change of variables in 2-D: the Jacobian as an area"
      query={q}
      standalone={standalone}
      readout={
        <span data-testid="cov-readout-2d">
          Square of side {side.toFixed(2)} (area {(side * side).toFixed(4)}) at ({px.toFixed(2)}, {py.toFixed(2)}) maps to area {area.toFixed(4)}: ratio {(area / (side * side)).toFixed(3)}, against det J ={' '}
          {det.toFixed(3)} at its centre.
        </span>
      }
      caption={
        <>
          The planar map g(z) = z + u·tanh(wᵀz + b) bends the plane along the dashed line; drag the small square and compare its image&apos;s area with the Jacobian determinant 1 + uᵀψ(z).
        </>
      }
    >
      <div className="widget-controls">
        <label>
          Square side δ <input type="range" min={0.05} max={1} step={0.05} value={side} onChange={(e) => set({ side: Number(e.target.value) })} />
          <output>{side.toFixed(2)}</output>
        </label>
        <label>
          Strength of u <input type="range" min={-0.9} max={3} step={0.1} value={strength} onChange={(e) => set({ strength: Number(e.target.value) })} />
          <output>{strength.toFixed(1)}</output>
        </label>
      </div>
      <TwoD planar={planar} px={px} py={py} side={side} onMove={(x, y) => set({ px: Math.round(clamp(x, -2, 2) * 100) / 100, py: Math.round(clamp(y, -2, 2) * 100) / 100 })} />
    </WidgetFrame>
  );
  return (
    <>
      {oneD}
      {twoD}
    </>
  );
}
