/** Shared plotting helpers: scales, path strings from computed points, and SVG axes. */
export { makeFrame, tickLabel, formatNumber, DEFAULT_MARGIN, type Frame, type FrameSpec, type Margins } from './scales';
export { linePath, dotsPath, pointsPath, crossesPath, segmentsPath, stemsPath, LIMIT, type Scale } from './paths';
export { Axes, type AxesProps } from './Axes';
import './plot.css';
export { useWidth } from './useWidth';
