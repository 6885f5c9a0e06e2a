/**
 * Axes for an SVG plot drawn from a computed `Frame`: ticks from the scales, optional grid lines, labels.
 * Pure drawing; it reads no state and computes nothing but tick positions.
 */
import type { Frame } from './scales';
import { tickLabel } from './scales';

export interface AxesProps {
  frame: Frame;
  xLabel?: string;
  yLabel?: string;
  xTicks?: number;
  yTicks?: number;
  xLog?: boolean;
  yLog?: boolean;
  grid?: boolean;
}

export function Axes({ frame, xLabel, yLabel, xTicks = 6, yTicks = 5, xLog = false, yLog = false, grid = true }: AxesProps) {
  const { x, y, width, height, margin } = frame;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const y0 = height - margin.bottom;
  const y1 = margin.top;
  const xt = x.ticks(xTicks);
  const yt = y.ticks(yTicks);
  return (
    <g className="plot-axes" aria-hidden="true">
      {grid && (
        <g className="plot-grid">
          {xt.map((v) => (tickLabel(v, xLog) === '' ? null : <line key={`gx${v}`} x1={x(v)} x2={x(v)} y1={y0} y2={y1} />))}
          {yt.map((v) => (tickLabel(v, yLog) === '' ? null : <line key={`gy${v}`} y1={y(v)} y2={y(v)} x1={x0} x2={x1} />))}
        </g>
      )}
      <line className="plot-axis-line" x1={x0} x2={x1} y1={y0} y2={y0} />
      <line className="plot-axis-line" x1={x0} x2={x0} y1={y0} y2={y1} />
      {xt.map((v) => {
        const label = tickLabel(v, xLog);
        return label === '' ? null : (
          <text key={`x${v}`} x={x(v)} y={y0 + 14} textAnchor="middle" className="plot-tick">
            {label}
          </text>
        );
      })}
      {yt.map((v) => {
        const label = tickLabel(v, yLog);
        return label === '' ? null : (
          <text key={`y${v}`} x={x0 - 5} y={y(v) + 4} textAnchor="end" className="plot-tick">
            {label}
          </text>
        );
      })}
      {xLabel && (
        <text x={(x0 + x1) / 2} y={height - 4} textAnchor="middle" className="plot-label">
          {xLabel}
        </text>
      )}
      {yLabel && (
        <text transform={`translate(11 ${(y0 + y1) / 2}) rotate(-90)`} textAnchor="middle" className="plot-label">
          {yLabel}
        </text>
      )}
    </g>
  );
}
