/**
 * Axes for an SVG plot drawn from a computed `Frame`: grid, axis lines, ticks and axis titles, all from the
 * chart kit (app/render/plot: tick geometry, the one number formatter, the kit's CSS). Pure drawing; it
 * reads no state. Widgets never style their own ticks: they pass titles here and the kit does the rest.
 */
import { axisTicks, type Frame } from '../../../render/plot';

export interface AxesProps {
  frame: Frame;
  /** Axis titles: what is plotted, with its unit. */
  xLabel?: string;
  yLabel?: string;
  xTicks?: number;
  yTicks?: number;
  xLog?: boolean;
  yLog?: boolean;
  grid?: boolean;
  /** Hide the x tick labels (a stacked panel that shares the x axis of the one below). */
  hideXTicks?: boolean;
}

export function Axes({ frame, xLabel, yLabel, xTicks = 6, yTicks = 5, xLog = false, yLog = false, grid = true, hideXTicks = false }: AxesProps) {
  const { height, width, margin } = frame;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const y0 = height - margin.bottom;
  const y1 = margin.top;
  const t = axisTicks(frame, { xTicks, yTicks, xLog, yLog });
  return (
    <g className="plot-axes" aria-hidden="true">
      {grid && (
        <g className="plot-grid">
          {t.x.map((k) => (
            <line key={`gx${k.value}`} x1={k.px} x2={k.px} y1={y0} y2={y1} />
          ))}
          {t.y.map((k) => (
            <line key={`gy${k.value}`} y1={k.px} y2={k.px} x1={x0} x2={x1} />
          ))}
        </g>
      )}
      <line className="plot-axis-line" x1={x0} x2={x1} y1={y0} y2={y0} />
      <line className="plot-axis-line" x1={x0} x2={x0} y1={y0} y2={y1} />
      {!hideXTicks &&
        t.x.map((k) => (
          <text key={`x${k.value}`} x={k.px} y={y0 + 15} textAnchor="middle" className="plot-tick">
            {k.label}
          </text>
        ))}
      {t.y.map((k) => (
        <text key={`y${k.value}`} x={x0 - 5} y={k.px + 4} textAnchor="end" className="plot-tick">
          {k.label}
        </text>
      ))}
      {xLabel && (
        <text x={(x0 + x1) / 2} y={height - 5} textAnchor="middle" className="plot-label">
          {xLabel}
        </text>
      )}
      {yLabel && (
        <text transform={`translate(13 ${(y0 + y1) / 2}) rotate(-90)`} textAnchor="middle" className="plot-label">
          {yLabel}
        </text>
      )}
    </g>
  );
}
