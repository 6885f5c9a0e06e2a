/**
 * The comparison, live: a 1-layer MLP, a ResNet, an RK-Net and an ODE-Net trained in turn, one iteration
 * per animation frame, on the shipped 8×8 digits. The table fills in as they train; below it, a precomputed
 * run of the same settings (scripts/train-comparison.ts) that readers see at once.
 */
import { useEffect, useRef, useState } from 'react';
import { addIteration, emptyRow, type RowSummary } from '../../nn/classify/comparisonSummary';
import type { NetKind } from '../../nn/classify/digitNets';
import { useOnScreen, useSeenOnce } from '../../runtime/useOnScreen';
import { useTfBackend } from '../../runtime/useTfBackend';
import { ensureTfBackend } from '../../runtime/tfBackend';
import { TfStatus } from '../common/TfStatus';
import { useStrings } from '../common/i18n';
import { networkComparisonStrings, type Where } from './strings';
import { networkComparisonSchema } from '../../state/networkComparison';
import { useWidgetState } from '../../state/widgetStore';
import { WidgetFrame } from '../common/WidgetFrame';
import { useAsyncLoop } from '../../runtime/useAsyncLoop';
import { ComparisonTable } from './ComparisonTable';
import { meta } from './meta';
import { precomputedCaption, precomputedSummary, usePrecomputed } from './precomputed';
import { createPageTrainer, createWorkerTrainer, type Trainer } from './trainer';
import './comparison.css';
import { DivergenceWarning } from '../common/DivergenceWarning';
import { watchLoss, type LossWatch } from '../../nn/core/divergence';

const KINDS: NetKind[] = ['mlp', 'resnet', 'rknet', 'odenet'];
/** Test error is measured every this many iterations, and at the end. */
const EVAL_EVERY = 50;
/** Query keys that belong to the page, not to the widget (the tfjs backend choice). */
const PAGE_KEYS = ['backend'];

interface Session {
  trainer: Trainer;
  times: Record<NetKind, number[]>;
  rows: Record<NetKind, RowSummary>;
  /** Iteration at which each network's test error was last measured. */
  evaluatedAt: Record<NetKind, number>;
  turn: number;
  /** Each network's loss folded by the shared divergence rule (nn/core/divergence.ts). */
  watch: Partial<Record<NetKind, LossWatch>>;
}

export default function NetworkComparison({ standalone, query }: { standalone?: boolean; query?: string }) {
  const t = useStrings(networkComparisonStrings);
  const box = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(box);
  const onScreen = useOnScreen(box);
  const params = new URLSearchParams(query ?? '');
  PAGE_KEYS.forEach((k) => params.delete(k));
  const { values, problems, query: share } = useWidgetState(networkComparisonSchema, { query: params.toString(), syncUrl: standalone });
  // The page loads its own tfjs only if the page's tfjs worker fails (one tfjs per page).
  const [workerFailed, setWorkerFailed] = useState(false);
  const { info, error: tfError } = useTfBackend(seen && workerFailed);
  const precomputed = usePrecomputed(seen);
  const [training, setTraining] = useState(false);
  const [rows, setRows] = useState<RowSummary[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [trainedWhere, setWhere] = useState<Where | null>(null);
  const session = useRef<Session | null>(null);

  useEffect(
    () => () => {
      const s = session.current;
      s?.trainer.dispose();
      session.current = null;
    },
    [],
  );

  const start = async () => {
    if (session.current) return;
    let trainer: Trainer;
    try {
      trainer = await createWorkerTrainer(values.seed);
    } catch {
      setWorkerFailed(true);
      trainer = await createPageTrainer(values.seed, (await ensureTfBackend()).backend);
    }
    const s: Session = {
      trainer,
      times: { mlp: [], resnet: [], rknet: [], odenet: [] },
      rows: Object.fromEntries(KINDS.map((k) => [k, emptyRow(k, trainer.params[k])])) as Record<NetKind, RowSummary>,
      evaluatedAt: { mlp: -1, resnet: -1, rknet: -1, odenet: -1 },
      turn: 0,
      watch: {},
    };
    session.current = s;
    setWhere(trainer.where);
    setRows(KINDS.map((k) => s.rows[k]));
  };

  const target = values.iterations;
  const [finished, setFinished] = useState(false);
  const [diverged, setDiverged] = useState<{ kind: NetKind; verdict: LossWatch['diverged'] } | null>(null);
  /** Drops the run (weights and all); Train then starts a fresh one. */
  const reset = () => {
    session.current?.trainer.dispose();
    session.current = null;
    setTraining(false);
    setRows(null);
    setFinished(false);
    setDiverged(null);
  };

  useAsyncLoop(
    training && onScreen && failure === null && !finished && diverged === null,
    async () => {
      if (!session.current) await start();
      const s = session.current;
      if (!s) return false;
      const evalDue = (k: NetKind) => {
        const it = s.rows[k].iterations;
        return it > 0 && (it % EVAL_EVERY === 0 || it >= target) && s.evaluatedAt[k] !== it;
      };
      const pending = KINDS.filter((k) => s.rows[k].iterations < target || evalDue(k));
      if (pending.length === 0) {
        setFinished(true);
        return false;
      }
      const kind = pending[s.turn++ % pending.length];
      const row = s.rows[kind];
      if (evalDue(kind)) {
        s.rows[kind] = { ...row, testError: await s.trainer.testError(kind) };
        s.evaluatedAt[kind] = row.iterations;
      } else {
        const stats = await s.trainer.step(kind);
        s.rows[kind] = addIteration(row, stats, s.times[kind]);
        const w = watchLoss(s.watch[kind] ?? null, stats.loss);
        s.watch[kind] = w;
        if (w.diverged) {
          setDiverged({ kind, verdict: w.diverged });
          setRows(KINDS.map((k) => s.rows[k]));
          return false;
        }
      }
      setRows(KINDS.map((k) => s.rows[k]));
      return true;
    },
    setFailure,
  );

  useEffect(() => {
    if (finished) setTraining(false);
  }, [finished]);

  const live = rows ?? KINDS.map((k) => emptyRow(k, 0));
  const where = trainedWhere ? t.where(trainedWhere) : null;
  const lossLine = rows ? rows.map((r) => t.lossItem(r.kind, t.netLabels[r.kind], r.loss === null ? '–' : r.loss.toFixed(3))).join(t.listSeparator) : '';
  const readout = rows
    ? t.progressLine(finished ? t.done : training ? t.training : t.stopped, rows.map((r) => r.iterations).join(' / '), target, lossLine)
    : precomputed.file
      ? t.showingPrecomputed
      : t.pressTrain;

  return (
    <WidgetFrame
      layout="wide"
      name={meta.name}
      title={t.title}
      standalone={standalone}
      query={share}
      problems={[...problems, ...(failure ? [t.trainingStopped(failure)] : []), ...(precomputed.error ? [t.cannotLoad(precomputed.error)] : [])]}
      readout={readout}
      status={workerFailed ? <TfStatus info={info} error={tfError} /> : <span>{where ? t.runsIn(where) : t.runsInWorker}</span>}
      about={
        <>
          {precomputed.file && <p>{precomputedCaption(precomputed.file, t)}</p>}
          {info?.webgl.renderer && <p>{t.renderer(info.webgl.renderer)}</p>}
        </>
      }
      caption={t.caption(values.seed, target)}
    >
      <div ref={box}>
        {diverged && <DivergenceWarning verdict={diverged.verdict} what={t.divergedWhat(t.netLabels[diverged.kind])} onReset={reset} />}
        <div className="widget-controls">
          <button type="button" aria-pressed={training} disabled={finished || (workerFailed && !info)} onClick={() => setTraining((t) => !t)}>
            {training ? t.stop : rows ? t.resume : t.train}
          </button>
        </div>
        {rows && <ComparisonTable rows={live} target={target} label={t.liveLabel} caption={where ? t.liveIn(where) : t.live} />}
        {precomputed.file && <ComparisonTable rows={precomputed.file.rows} label={t.precomputedLabel} caption={precomputedSummary(precomputed.file, t)} />}
      </div>
    </WidgetFrame>
  );
}
