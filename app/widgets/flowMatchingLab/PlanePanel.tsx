/**
 * One titled panel of the plane: the data, the sample paths and the samples (PathsCanvas) inside the chart
 * kit's axes (CanvasAxes: ticks, x₁ and x₂ titles), sized to the panel's width.
 */
import { CanvasAxes, canvasPlotSize } from '../common/chart/CanvasAxes';
import { useStrings } from '../common/i18n';
import { PathsCanvas, type PathsCanvasProps } from './PathsCanvas';
import { fmLabStrings } from './strings';

export function PlanePanel({ title, width, maxSize = 320, ...canvas }: Omit<PathsCanvasProps, 'size'> & { title: string; width: number; maxSize?: number }) {
  const t = useStrings(fmLabStrings);
  const size = canvasPlotSize(width, false, maxSize);
  return (
    <figure className="chart-panel">
      <h4>{title}</h4>
      <CanvasAxes size={size} extent={canvas.extent} xLabel={t.xAxis} yLabel={t.yAxis}>
        <PathsCanvas {...canvas} size={size} />
      </CanvasAxes>
    </figure>
  );
}
