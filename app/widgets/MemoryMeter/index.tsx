/**
 * `<MemoryMeter/>`: the peak memory and the time of one gradient, measured live in this browser with
 * tfjs's own byte count, against the number of solver steps, for backprop through the solver and for the
 * adjoint. One measurement per animation frame; raising "steps up to" measures further.
 */
import { useMemo, useRef, useState } from 'react';
import { useAutoplay } from '../../runtime/useAutoplay';
import { useOnScreen } from '../../runtime/useOnScreen';
import { memoryMeterSchema } from '../../state/memoryMeter';
import { useWidgetState } from '../../state/widgetStore';
import '../AdjointBackward/adjoint.css';
import { WidgetFrame } from '../common/WidgetFrame';
import { byteUnit, formatBytes, MetricPlot } from './MemoryPlot';
import { Legend } from '../common/chart/Legend';
import { useWidth } from '../common/chart/useWidth';
import { panelWidth } from '../common/chart/panelWidth';
import { useMeasurements } from './useMeasurements';
import { workerErrorText, workerStatus } from './useTfWorker';
import { tfWorkerStrings } from './workerStrings';
import { useStrings } from '../common/i18n';
import { memoryMeterStrings } from './strings';

/** Step counts measured, up to the reader's maximum (mirrors memoryRun's stepSeries; kept here so the widget's first chunk has no tfjs). */
const SERIES = [5, 10, 20, 40, 60, 80, 100, 150, 200, 300, 400, 600, 800, 1000];
const S = memoryMeterSchema;

export default function MemoryMeter({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: share } = useWidgetState(memoryMeterSchema, { query, syncUrl: standalone });
  const s = useStrings(memoryMeterStrings);
  const ws = useStrings(tfWorkerStrings);
  const ref = useRef<HTMLDivElement>(null);
  const panelW = panelWidth(useWidth(ref, 640), 320, 2);
  const onScreen = useOnScreen(ref);
  const [run, setRun] = useState(0);
  // The plots grow point by point while measuring: that starts on screen, or with reduced motion on Measure.
  const [measuring, setMeasuring] = useAutoplay();
  const steps = useMemo(() => SERIES.filter((n) => n <= values.maxSteps), [values.maxSteps]);
  const m = useMeasurements(steps, values.batch, onScreen, onScreen && measuring, run);
  const shown = m.list.filter((x) => x.steps <= values.maxSteps);
  const last = (mode: 'backprop' | 'adjoint') => shown.filter((x) => x.mode === mode).sort((a, b) => b.steps - a.steps)[0];
  const b = last('backprop');
  const a = last('adjoint');
  const allProblems = m.error ? [...problems, s.measurementFailed(workerErrorText(m.error, ws))] : problems;

  return (
    <WidgetFrame
      name="memory-meter"
      layout="wide"
      title={s.title}
      standalone={standalone}
      query={share}
      problems={allProblems}
      status={workerStatus(m.backend, m.error, ws)}
      readout={
        <>
          {b && s.readoutBackprop(String(b.steps), formatBytes(b.peakBytes), b.ms.toFixed(0), String(b.nfe))}
          {a && s.readoutAdjoint(String(a.steps), formatBytes(a.peakBytes), a.ms.toFixed(0), String(a.nfe))}
          {!m.pending ? s.allMeasured : measuring ? s.measuring : shown.length === 0 ? s.pressMeasure : s.paused}
        </>
      }
      caption={s.caption(String(values.batch), String(S.maxSteps.default), String(S.batch.default))}
    >
      <div ref={ref}>
        <div className="widget-controls">
          <label>
            {s.stepsUpTo}
            <input type="range" min={10} max={1000} step={10} value={values.maxSteps} onChange={(e) => set({ maxSteps: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{values.maxSteps}</span>
          </label>
          <label>
            {s.batch}
            <select value={values.batch} onChange={(e) => set({ batch: Number(e.target.value) })}>
              {[1, 4, 16, 64, 256].map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </label>
          {m.pending ? (
            <button type="button" aria-pressed={measuring} onClick={() => setMeasuring((v) => !v)}>{measuring ? s.pause : s.measure}</button>
          ) : (
            <button type="button" onClick={() => (setRun((r) => r + 1), setMeasuring(true))}>{s.measureAgain}</button>
          )}
        </div>
        <Legend items={[{ label: s.legendBackprop, color: 'var(--pg-c1)' }, { label: s.legendAdjoint, color: 'var(--pg-c2)' }]} />
        <div className="figure-panels" style={{ ['--panel-min' as string]: '320px' }}>
          <MetricPlot list={shown} maxSteps={values.maxSteps} metric={(x) => x.peakBytes} title={s.peakMemory} axisTitle={s.peakMemoryAxis} label={s.peakMemoryLabel} stepsAxis={s.stepsAxis} unit={byteUnit(Math.max(0, ...shown.map((x) => x.peakBytes)))} className="mm-memory" width={panelW} />
          <MetricPlot list={shown} maxSteps={values.maxSteps} metric={(x) => x.ms} title={s.timePerGradient} axisTitle={s.timeAxis} label={s.timeLabel} stepsAxis={s.stepsAxis} unit={{ scale: 1, unit: 'ms' }} className="mm-time" width={panelW} />
        </div>
      </div>
    </WidgetFrame>
  );
}
