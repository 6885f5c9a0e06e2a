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
import { useStrings } from '../common/i18n';
import { changeOfVariablesStrings } from './strings';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** The planar map's fixed direction and offset; the reader scales u (wᵀu = 0.42·strength ≥ −0.38 > −1 keeps it invertible, Rezende and Mohamed 2015, App. A). */
const W_DIR: [number, number] = [1.2, -0.6];
const U_DIR: [number, number] = [0.5, 0.3];
const B = 0.2;

export default function ChangeOfVariables({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(changeOfVariablesSchema, { query, syncUrl: standalone });
  const { knots, strip, width, px, py, side, strength } = values;
  const s = useStrings(changeOfVariablesStrings);
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
  const allProblems = [...problems, ...(badKnots ? [s.badKnots] : [])];
  const oneD = (
    <WidgetFrame
      name="change-of-variables"
      title={s.title}
      query={q}
      standalone={standalone}
      problems={allProblems}
      readout={
        <span data-testid="cov-readout-1d">
          {s.readout1d(
            a.toFixed(2),
            b.toFixed(2),
            mass.toFixed(4),
            ga.toFixed(2),
            gb.toFixed(2),
            ((gb - ga) / width).toFixed(2),
            dMid.toFixed(2),
            dMid > 1 ? s.itFalls : dMid < 1 ? s.itRises : s.noChange,
            phi(mid).toFixed(3),
            (phi(mid) / dMid).toFixed(3),
            da.toFixed(2),
          )}
        </span>
      }
      caption={s.caption1d}
    >
      <div ref={box}>
        <div className="widget-controls">
          <label>
            {s.stripWidth} <input type="range" min={0.05} max={1} step={0.05} value={width} onChange={(e) => set({ width: Number(e.target.value) })} />
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
      title={s.title2d}
      query={q}
      standalone={standalone}
      readout={
        <span data-testid="cov-readout-2d">
          {s.readout2d(side.toFixed(2), (side * side).toFixed(4), px.toFixed(2), py.toFixed(2), area.toFixed(4), (area / (side * side)).toFixed(3), det.toFixed(3))}
        </span>
      }
      caption={s.caption2d}
    >
      <div className="widget-controls">
        <label>
          {s.squareSide} <input type="range" min={0.05} max={1} step={0.05} value={side} onChange={(e) => set({ side: Number(e.target.value) })} />
          <output>{side.toFixed(2)}</output>
        </label>
        <label>
          {s.strength} <input type="range" min={-0.9} max={3} step={0.1} value={strength} onChange={(e) => set({ strength: Number(e.target.value) })} />
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
