/**
 * Colour ramps for heat maps, and the stops a colour-scale bar draws them with. One ramp per meaning:
 * `density` is inferno (perceptually uniform, dark = low, and legible to the common colour-vision
 * deficiencies: van der Walt and Smith, matplotlib's viridis family, 2015), used by every density image.
 */
import { interpolateInferno, rgb } from 'd3';

export type RampName = 'density';

const RAMPS: Record<RampName, (t: number) => string> = { density: interpolateInferno };

/** The ramp as a function from [0, 1] to a CSS colour. */
export function colorRamp(name: RampName): (t: number) => string {
  return RAMPS[name];
}

/** `n` evenly spaced gradient stops of a ramp, for an SVG `<linearGradient>`. */
export function rampStops(name: RampName, n = 11): { offset: number; color: string }[] {
  const f = RAMPS[name];
  return Array.from({ length: n }, (_, i) => ({ offset: i / (n - 1), color: f(i / (n - 1)) }));
}

/** 256 RGB triples of a ramp, for colouring image pixels without a string per pixel. */
export function rampLut(name: RampName): Uint8ClampedArray {
  const f = RAMPS[name];
  const lut = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const c = rgb(f(i / 255));
    lut.set([c.r, c.g, c.b], 3 * i);
  }
  return lut;
}
