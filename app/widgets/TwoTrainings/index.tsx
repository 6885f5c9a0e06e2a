/**
 * Same data, two trainings: chapter 5's maximum-likelihood CNF and a flow-matching model, one network
 * (2→32→32→2 tanh, t fed to every layer), one seeded initialisation, one data set, trained side by side in
 * turns of equal wall time. Shown for each: wall time per iteration, held-out NLL against training wall time
 * (both by the same exact-trace dopri5 solve), dopri5's evaluations per sample, and the samples.
 */
import { useMemo, useState } from 'react';
import { WidgetFrame } from '../common/WidgetFrame';
import { useStrings } from '../common/i18n';
import { panelWidth } from '../common/chart/panelWidth';
import { useWidgetState } from '../../state/widgetStore';
import { FM_SHIPPED_SETS, twoTrainingsSchema } from '../../state/flowMatching';
import { mulberry32 } from '../../math/rng';
import { sampleToy, type ToySet } from '../../math/toy/ffjord';
import { formatNumber } from '../../render/plot';
import { useFmFigure } from '../flowMatchingLab/useFmFigure';
import { PlanePanel } from '../flowMatchingLab/PlanePanel';
import { LineChart } from '../flowMatchingLab/LineChart';
import { DataSelect, RunButtons } from '../flowMatchingLab/controls';
import { KINDS, RACE, useRace, type Kind } from './useRace';
import { twoTrainingsStrings } from './strings';

const EXTENT = 4.5;
const COLORS: Record<Kind, string> = { ml: 'var(--muted)', fm: 'var(--accent)' };

export default function TwoTrainings({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(twoTrainingsSchema, { query, syncUrl: standalone });
  const { ref, width, client, lab, waiting, startProblem } = useFmFigure();
  const s = useStrings(twoTrainingsStrings);
  const [running, setRunning] = useState(false);
  const [generation, setGeneration] = useState(0);
  const data = useMemo(() => Float32Array.from(sampleToy(values.set as ToySet, 4096, mulberry32(values.seed))), [values.set, values.seed]);
  const heldOut = useMemo(() => Float32Array.from(sampleToy(values.set as ToySet, 256, mulberry32(values.seed + 1000))), [values.set, values.seed]);
  const { sides, error } = useRace(client, running, `${values.set}|${values.seed}|${generation}`, data, heldOut, values.seed);
  const allProblems = [...problems, ...(startProblem ? [startProblem] : []), ...(error ? [lab.trainingStopped(error)] : [])];
  const line = (k: Kind) => {
    const side = sides[k];
    const last = side.curve.at(-1);
    const nfe = side.paths ? side.paths.meanNfe : null;
    return (
      <span data-testid={`race-${k}`}>
        {s.iterations(s.names[k], side.iters, (side.ms / 1000).toFixed(1))}
        {side.iters > 0 ? s.perIteration((side.ms / side.iters).toFixed(1)) : ''}
        {last ? s.heldOut(last.nll.toFixed(3), last.s.toFixed(1)) : ''}
        {nfe !== null ? s.sampling(formatNumber(RACE.sampleTol), nfe.toFixed(1)) : ''}
        {s.end}
      </span>
    );
  };
  const panel = panelWidth(width, 240, 3);
  return (
    <WidgetFrame
      name="two-trainings"
      title={s.title}
      layout="wide"
      query={q}
      standalone={standalone}
      problems={allProblems}
      status={client ? s.status(client.backend.reason) : waiting}
      readout={
        <>
          {line('ml')} {line('fm')}
        </>
      }
      caption={s.caption({
        dims: RACE.dims.join('→'),
        batch: RACE.batch,
        lr: formatNumber(RACE.lr),
        steps: RACE.mlSteps,
        evals: 4 * RACE.mlSteps,
        turnMs: RACE.turnMs,
        everyS: RACE.evalEveryMs / 1000,
        heldOut: heldOut.length / 2,
        nllTol: formatNumber(RACE.nllTol),
        samples: RACE.samples,
        sampleTol: formatNumber(RACE.sampleTol),
      })}
    >
      <div ref={ref}>
        <div className="widget-controls">
          <DataSelect sets={FM_SHIPPED_SETS} value={values.set} onChange={(v) => set({ set: v })} />
          <RunButtons
            running={running}
            canRun={!!client}
            runLabel={s.trainBoth}
            onToggle={() => setRunning((r) => !r)}
            onRestart={() => {
              setRunning(false);
              setGeneration((g) => g + 1);
            }}
          />
        </div>
        <div className="figure-panels" style={{ ['--panel-min' as string]: '240px' }}>
          {KINDS.map((k) => (
            <PlanePanel key={k} title={s.names[k]} width={panel} maxSize={260} data={data} paths={sides[k].paths} t={1} extent={EXTENT} label={s.samplesLabel(s.names[k], RACE.samples)} />
          ))}
          <LineChart
            title={s.nllTitle}
            label={s.nllLabel}
            xLabel={s.wallTime}
            yLabel={s.nllAxis}
            maxWidth={Math.max(panel, 240)}
            series={KINDS.map((k) => ({ name: s.legend[k], xs: sides[k].curve.map((c) => c.s), ys: sides[k].curve.map((c) => c.nll), color: COLORS[k], dashed: k === 'ml' }))}
          />
        </div>
      </div>
    </WidgetFrame>
  );
}
