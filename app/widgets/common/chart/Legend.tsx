/**
 * A chart legend in HTML beside the plot: one swatch per series, drawn as the series is (a line, a dashed
 * line, a dot or a square), in the series colour, followed by its name. Styled by the kit (.chart-legend).
 */
import type { ReactNode } from 'react';

export interface LegendItem {
  label: ReactNode;
  /** A CSS colour, usually a kit variable such as `var(--pg-c1)`. */
  color: string;
  mark?: 'line' | 'dash' | 'dot' | 'square' | 'cross';
}

function Swatch({ color, mark = 'line' }: Pick<LegendItem, 'color' | 'mark'>) {
  return (
    <svg width={18} height={12} aria-hidden="true">
      {mark === 'line' && <line x1={1} x2={17} y1={6} y2={6} stroke={color} strokeWidth={2.5} />}
      {mark === 'dash' && <line x1={1} x2={17} y1={6} y2={6} stroke={color} strokeWidth={2} strokeDasharray="4 3" />}
      {mark === 'dot' && <circle cx={9} cy={6} r={4} fill={color} />}
      {mark === 'square' && <rect x={4} y={1} width={10} height={10} fill={color} />}
      {mark === 'cross' && <path d="M5,2l8,8M5,10l8,-8" stroke={color} strokeWidth={2} />}
    </svg>
  );
}

export function Legend({ items, className = '' }: { items: LegendItem[]; className?: string }) {
  return (
    <ul className={`chart-legend ${className}`.trim()}>
      {items.map((it, i) => (
        <li key={i}>
          <Swatch color={it.color} mark={it.mark} />
          {it.label}
        </li>
      ))}
    </ul>
  );
}
