/**
 * Same data, two trainings: chapter 5's maximum-likelihood CNF and a flow-matching model, one network
 * (2→32→32→2 tanh, t fed to every layer), one seeded initialisation, one data set, trained side by side in
 * turns of equal wall time. Shown for each: wall time per iteration, held-out NLL against training wall time
 * (both by the same exact-trace dopri5 solve), dopri5's evaluations per sample, and the samples.
 */
import { useMemo, useRef, useState } from 'react';
import { WidgetFrame } from '../common/WidgetFrame';
import { useWidgetState } from '../../state/widgetStore';
import { FM_SHIPPED_SETS, twoTrainingsSchema } from '../../state/flowMatching';
import { useSeenOnce } from '../../runtime/useOnScreen';
import { mulberry32 } from '../../math/rng';
import { sampleToy, TOY_LABELS, type ToySet } from '../../math/toy/ffjord';
import { formatNumber } from '../../render/plot';
import { useFmClient } from '../flowMatchingLab/useFmClient';
import { PathsCanvas } from '../flowMatchingLab/PathsCanvas';
import { LineChart } from '../flowMatchingLab/LineChart';
import { KINDS, RACE, useRace, type Kind } from './useRace';

const EXTENT = 4.5;
const NAMES: Record<Kind, string> = { ml: 'Maximum likelihood (chapter 5)', fm: 'Flow matching' };
const COLORS: Record<Kind, string> = { ml: 'var(--muted)', fm: 'var(--accent)' };

export default function TwoTrainings({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(twoTrainingsSchema, { query, syncUrl: standalone });
  const ref = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(ref);
  const { client, error: startError } = useFmClient(seen);
  const [running, setRunning] = useState(false);
  const [generation, setGeneration] = useState(0);
  const data = useMemo(() => Float32Array.from(sampleToy(values.set as ToySet, 4096, mulberry32(values.seed))), [values.set, values.seed]);
  const heldOut = useMemo(() => Float32Array.from(sampleToy(values.set as ToySet, 256, mulberry32(values.seed + 1000))), [values.set, values.seed]);
  const { sides, error } = useRace(client, running, `${values.set}|${values.seed}|${generation}`, data, heldOut, values.seed);
  const allProblems = [...problems, ...(startError ? [startError] : []), ...(error ? [`Training stopped: ${error}`] : [])];
  const line = (k: Kind) => {
    const s = sides[k];
    const last = s.curve.at(-1);
    const nfe = s.paths ? s.paths.meanNfe : null;
    return (
      <span data-testid={`race-${k}`}>
        {NAMES[k]}: {s.iters} iterations in {(s.ms / 1000).toFixed(1)} s{s.iters > 0 ? `, ${(s.ms / s.iters).toFixed(1)} ms per iteration` : ''}
        {last ? `; held-out NLL ${last.nll.toFixed(3)} nats at ${last.s.toFixed(1)} s` : ''}
        {nfe !== null ? `; sampling with dopri5 at ${formatNumber(RACE.sampleTol)}: ${nfe.toFixed(1)} evaluations per sample` : ''}.
      </span>
    );
  };
  return (
    <WidgetFrame
      name="two-trainings"
      title="Same data, two trainings"
      query={q}
      standalone={standalone}
      problems={allProblems}
      status={client ? `Both train on ${client.backend.reason}` : 'The worker starts when the figure is on screen.'}
      readout={
        <>
          {line('ml')} {line('fm')}
        </>
      }
      caption={
        <>
          One network ({RACE.dims.join('→')} tanh, t fed to every layer), one seeded start, one data set, batch {RACE.batch}, Adam at {formatNumber(RACE.lr)}. Maximum likelihood backpropagates
          through {RACE.mlSteps} fixed Runge–Kutta steps of the field and its exact trace ({4 * RACE.mlSteps} evaluations); flow matching through one evaluation. They take turns of {RACE.turnMs} ms.
          Every {RACE.evalEveryMs / 1000} s of a model’s own training, both are scored the same way: the negative log-likelihood of {heldOut.length / 2} held-out points, each by one backward
          dopri5 solve (rtol = atol = {formatNumber(RACE.nllTol)}) of the exact trace, and {RACE.samples} samples drawn with dopri5 at {formatNumber(RACE.sampleTol)}.
        </>
      }
    >
      <div ref={ref}>
        <div className="widget-controls">
          <label>
            Data{' '}
            <select value={values.set} onChange={(e) => set({ set: e.target.value as (typeof FM_SHIPPED_SETS)[number] })}>
              {FM_SHIPPED_SETS.map((s) => (
                <option key={s} value={s}>
                  {TOY_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" aria-pressed={running} disabled={!client} onClick={() => setRunning((r) => !r)}>
            {running ? 'Pause' : 'Train both'}
          </button>
          <button
            type="button"
            onClick={() => {
              setRunning(false);
              setGeneration((g) => g + 1);
            }}
          >
            Restart
          </button>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'flex-start' }}>
          {KINDS.map((k) => (
            <div key={k}>
              <div style={{ fontFamily: 'var(--sans)', fontSize: '0.85rem', marginBottom: 4 }}>{NAMES[k]}</div>
              <PathsCanvas data={data} paths={sides[k].paths} t={1} extent={EXTENT} size={220} label={`${NAMES[k]}: ${RACE.samples} samples over the data`} />
            </div>
          ))}
          <LineChart
            label="Held-out negative log-likelihood against training wall time, both models"
            xLabel="training wall time (s)"
            yLabel="held-out NLL (nats)"
            series={KINDS.map((k) => ({ name: k === 'ml' ? 'maximum likelihood' : 'flow matching', xs: sides[k].curve.map((c) => c.s), ys: sides[k].curve.map((c) => c.nll), color: COLORS[k], dashed: k === 'ml' }))}
          />
        </div>
      </div>
    </WidgetFrame>
  );
}
