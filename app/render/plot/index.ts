/**
 * The chart kit (DESIGN.md, Figures), drawing without React: frames and scales, tick geometry, path strings
 * from computed points, the one number formatter, the colour ramps and their scale bars, and the kit's CSS
 * (typography, light and dark palettes). Importing any of it loads the CSS, so a chart is styled on every
 * route however the reader arrived. The React components that render these (Axes, Legend, ColorBar) live
 * in app/widgets/common/chart.
 */
import './chart.css';
export { makeFrame, DEFAULT_MARGIN, type Frame, type FrameSpec, type Margins } from './scales';
export { formatNumber, formatTolerance, formatToleranceExp, formatBytes, powerOfTen, superscript, tickLabel } from './format';
export { axisTicks, type Tick, type AxisTicks } from './ticks';
export { colorRamp, rampStops, rampLut, type RampName } from './colorScale';
export { linePath, dotsPath, pointsPath, crossesPath, segmentsPath, stemsPath, LIMIT, type Scale } from './paths';
