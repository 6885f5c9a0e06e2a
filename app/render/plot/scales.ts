/**
 * Scales and tick formatting for the plots, from d3-scale. A `Frame` fixes the plot's pixel box and
 * margins once, so every mark of a figure uses the same mapping.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import './chart.css';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  width: number;
  height: number;
  margin: Margins;
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
}

export interface FrameSpec {
  width: number;
  height: number;
  margin?: Partial<Margins>;
  x: [number, number];
  y: [number, number];
  /** Logarithmic axes (base 10) for the log-log convergence plot. */
  xLog?: boolean;
  yLog?: boolean;
}

export const DEFAULT_MARGIN: Margins = { top: 10, right: 12, bottom: 34, left: 46 };

export function makeFrame(spec: FrameSpec): Frame {
  const margin = { ...DEFAULT_MARGIN, ...spec.margin };
  const x = (spec.xLog ? scaleLog() : scaleLinear()).domain(spec.x).range([margin.left, spec.width - margin.right]);
  const y = (spec.yLog ? scaleLog() : scaleLinear()).domain(spec.y).range([spec.height - margin.bottom, margin.top]);
  return { width: spec.width, height: spec.height, margin, x, y };
}
