/**
 * The loss's target as a draggable point: mouse, touch and pen through pointer events (captured while
 * dragging), and the arrow keys when focused (0.05 per press, 0.25 with Shift). Positions are clamped to
 * the visible box and rounded to 0.01 so they read well in the URL.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { PlaneMap } from './geometry';
import { useStrings } from '../common/i18n';
import { adjointBackwardStrings } from './strings';

const LIMIT = 3;

export function TargetHandle({ m, x, y, onMove }: { m: PlaneMap; x: number; y: number; onMove?: (x: number, y: number) => void }) {
  const s = useStrings(adjointBackwardStrings);
  const dragging = useRef(false);
  const clampX = (v: number) => Math.max(Math.max(-LIMIT, m.box.x0), Math.min(Math.min(LIMIT, m.box.x1), v));
  const clampY = (v: number) => Math.max(Math.max(-LIMIT, m.box.y0), Math.min(Math.min(LIMIT, m.box.y1), v));
  const emit = (nx: number, ny: number) => onMove?.(Math.round(clampX(nx) * 100) / 100, Math.round(clampY(ny) * 100) / 100);
  const toData = (e: PointerEvent<SVGGElement>) => {
    const svg = e.currentTarget.ownerSVGElement;
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return [m.invX(p.x), m.invY(p.y)] as const;
  };
  const onKey = (e: KeyboardEvent<SVGGElement>) => {
    const step = e.shiftKey ? 0.25 : 0.05;
    const d: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = d[e.key];
    if (!move) return;
    e.preventDefault();
    emit(x + move[0], y + move[1]);
  };
  const px = m.x(x);
  const py = m.y(y);
  return (
    <g
      className="ab-target"
      tabIndex={0}
      role="button"
      aria-roledescription={s.draggablePoint}
      aria-label={s.targetLabel(x.toFixed(2), y.toFixed(2))}
      style={{ cursor: 'grab', touchAction: 'none' }}
      onKeyDown={onKey}
      onPointerDown={(e) => {
        dragging.current = true;
        try {
          e.currentTarget.setPointerCapture(e.pointerId);
        } catch {
          // a synthetic pointer cannot be captured; dragging still works while it stays over the point
        }
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (!dragging.current) return;
        const p = toData(e);
        if (p) emit(p[0], p[1]);
      }}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      <circle cx={px} cy={py} r={14} fill="transparent" />
      <circle cx={px} cy={py} r={7} fill="var(--panel)" stroke="var(--ink)" strokeWidth={1.5} />
      <path d={`M${px - 5},${py}h10M${px},${py - 5}v10`} stroke="var(--ink)" strokeWidth={1.5} />
      <text x={px + 10} y={py - 8} fontSize={11} fill="var(--muted)">{s.target}</text>
    </g>
  );
}
