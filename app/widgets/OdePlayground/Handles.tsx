/**
 * The draggable initial values. Pointer events cover mouse, touch and pen; each handle is focusable and
 * moves with the arrow keys (DESIGN.md, Widgets). A scalar ODE's handle is a `role="slider"` whose
 * `aria-valuenow` is y0; a planar one is a labelled point that moves in both directions.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Window } from '../../math/problems/presets';
import type { Frame } from '../../render/plot';
import { formatNumber } from '../../render/plot';
import { useStrings } from '../common/i18n';
import { odePlaygroundStrings } from './strings';

export interface HandlesProps {
  frame: Frame;
  dim: 1 | 2;
  t0: number;
  window: Window;
  /** Flattened initial values (scalar: y0 each; planar: x0, y0 pairs). */
  values: number[];
  colors: string[];
  /** Called on every pointer move (a draft) and on release or key press (`commit`). */
  onChange(values: number[], commit: boolean): void;
  onActivate(index: number): void;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** Rounds to 4 significant digits so URLs and readouts stay tidy. */
const tidy = (v: number) => Number(v.toPrecision(4));

/** How far a 1-D handle sits inside the plot area from the y axis, in px. */
const INSET = 14;
/** Handle names: circled numerals, which no axis uses, so a handle is not read as a tick value. */
const HANDLE_NAMES = ['①', '②', '③', '④', '⑤', '⑥'];

export function Handles({ frame, dim, t0, window: w, values, colors, onChange, onActivate }: HandlesProps) {
  const s = useStrings(odePlaygroundStrings);
  const dragging = useRef<number | null>(null);
  const latest = useRef(values);
  latest.current = values;
  const n = values.length / dim;

  const toData = (e: PointerEvent<SVGGElement>): [number, number] | null => {
    const svg = e.currentTarget.ownerSVGElement;
    const m = svg?.getScreenCTM();
    if (!svg || !m) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return [frame.x.invert(p.x), frame.y.invert(p.y)];
  };

  const move = (i: number, e: PointerEvent<SVGGElement>, commit: boolean) => {
    const d = toData(e);
    if (!d) return;
    const next = latest.current.slice();
    if (dim === 1) next[i] = tidy(clamp(d[1], w.yMin, w.yMax));
    else {
      next[2 * i] = tidy(clamp(d[0], w.xMin, w.xMax));
      next[2 * i + 1] = tidy(clamp(d[1], w.yMin, w.yMax));
    }
    onChange(next, commit);
  };

  const onKey = (i: number, e: KeyboardEvent<SVGGElement>) => {
    const spanY = w.yMax - w.yMin;
    const spanX = w.xMax - w.xMin;
    const big = e.shiftKey || e.key === 'PageUp' || e.key === 'PageDown' ? 10 : 1;
    const dy = (spanY / 100) * big;
    const dx = (spanX / 100) * big;
    const next = values.slice();
    const yi = dim === 1 ? i : 2 * i + 1;
    switch (e.key) {
      case 'ArrowUp':
      case 'PageUp':
        next[yi] = clamp(next[yi] + dy, w.yMin, w.yMax);
        break;
      case 'ArrowDown':
      case 'PageDown':
        next[yi] = clamp(next[yi] - dy, w.yMin, w.yMax);
        break;
      case 'ArrowRight':
        if (dim === 1) next[yi] = clamp(next[yi] + dy, w.yMin, w.yMax);
        else next[2 * i] = clamp(next[2 * i] + dx, w.xMin, w.xMax);
        break;
      case 'ArrowLeft':
        if (dim === 1) next[yi] = clamp(next[yi] - dy, w.yMin, w.yMax);
        else next[2 * i] = clamp(next[2 * i] - dx, w.xMin, w.xMax);
        break;
      case 'Home':
        next[yi] = w.yMin;
        break;
      case 'End':
        next[yi] = w.yMax;
        break;
      default:
        return;
    }
    e.preventDefault();
    onActivate(i);
    onChange(next.map(tidy), true);
  };

  return (
    <g className="pg-handles" role="group" aria-label={s.handlesLabel}>
      {Array.from({ length: n }, (_, i) => {
        const x = dim === 1 ? t0 : values[2 * i];
        const y = dim === 1 ? values[i] : values[2 * i + 1];
        // A 1-D handle marks y(t0) on the left edge; it sits INSET px inside the plot area, joined to the
        // axis by a short stem, so it never covers the y axis's tick labels.
        const inset = dim === 1 ? INSET : 0;
        const cx = frame.x(x) + inset;
        const cy = frame.y(y);
        const aria =
          dim === 1
            ? {
                role: 'slider',
                'aria-label': s.handleScalar(i + 1, formatNumber(t0)),
                'aria-valuenow': y,
                'aria-valuemin': w.yMin,
                'aria-valuemax': w.yMax,
                'aria-valuetext': `y(${formatNumber(t0)}) = ${formatNumber(y)}`,
                'aria-orientation': 'vertical' as const,
              }
            : {
                role: 'button',
                'aria-roledescription': s.draggablePoint,
                'aria-label': s.handlePlanar(i + 1, formatNumber(x), formatNumber(y)),
              };
        return (
          <g
            key={i}
            tabIndex={0}
            {...aria}
            className="pg-handle"
            transform={`translate(${cx.toFixed(1)} ${cy.toFixed(1)})`}
            onPointerDown={(e) => {
              e.preventDefault();
              e.currentTarget.setPointerCapture(e.pointerId);
              e.currentTarget.focus();
              dragging.current = i;
              onActivate(i);
            }}
            onPointerMove={(e) => {
              if (dragging.current === i) move(i, e, false);
            }}
            onPointerUp={(e) => {
              if (dragging.current !== i) return;
              dragging.current = null;
              move(i, e, true);
            }}
            onPointerCancel={() => {
              dragging.current = null;
              onChange(latest.current, true);
            }}
            onKeyDown={(e) => onKey(i, e)}
          >
            <circle r={20} className="pg-handle-hit" />
            {inset > 0 && <line x1={-inset} x2={-8} y1={0} y2={0} className="pg-handle-stem" style={{ stroke: colors[i % colors.length] }} />}
            <circle r={8} className="pg-handle-dot" style={{ fill: colors[i % colors.length] }} />
            <text x={11} y={-9} className="pg-handle-label">
              {HANDLE_NAMES[i] ?? `(${i + 1})`}
            </text>
          </g>
        );
      })}
    </g>
  );
}
