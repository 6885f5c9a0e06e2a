/**
 * Tick geometry for a frame: where each tick and grid line goes and what it says, computed once from the
 * scales so the React Axes only lays text out. A log axis labels its powers of ten only; a linear axis
 * asks d3 for about `count` nice values. Labels come from the kit's one formatter (format.ts).
 */
import type { Frame } from './scales';
import { tickLabel } from './format';

export interface Tick {
  value: number;
  /** Position in pixels along the axis. */
  px: number;
  label: string;
}

export interface AxisTicks {
  x: Tick[];
  y: Tick[];
}

function ticksOf(scale: Frame['x'], count: number, log: boolean): Tick[] {
  const values = scale.ticks(count);
  let ticks = values.map((value) => ({ value, px: scale(value), label: tickLabel(value, log) })).filter((t) => t.label !== '');
  // A log axis spanning many decades would crowd its labels: keep every k-th power of ten.
  if (log && ticks.length > count + 1) {
    const k = Math.ceil(ticks.length / (count + 1));
    ticks = ticks.filter((_, i) => i % k === 0);
  }
  return ticks;
}

/** Ticks for both axes of `frame`. `xTicks`/`yTicks` are the rough counts wanted (d3's `ticks(count)`). */
export function axisTicks(frame: Frame, { xTicks = 6, yTicks = 5, xLog = false, yLog = false } = {}): AxisTicks {
  return { x: ticksOf(frame.x, xTicks, xLog), y: ticksOf(frame.y, yTicks, yLog) };
}
