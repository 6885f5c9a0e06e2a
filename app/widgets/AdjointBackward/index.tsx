/**
 * `<AdjointBackward/>`: Algorithm 1 of [P] running. First the forward solve draws z(t) with its step marks;
 * then the backward solve of [z, a, a_θ] runs from T to 0: z re-integrated backwards (dashed) beside the
 * stored forward path, a(t) = ∂L/∂z(t) as arrows at each backward step, and a_θ(t) accumulating into dL/dθ
 * as bars. Play/pause, step, scrub; the drift |z_back − z_fwd| is measured as it goes.
 */
import { formatToleranceExp } from '../../render/plot';
import { useMemo, useRef, useState } from 'react';
import { computeBackwardScene, backwardAt, driftAt } from '../../nn/adjointDemo/backwardScene';
import { useAutoplay } from '../../runtime/useAutoplay';
import { useFrameLoop } from '../../runtime/useFrameLoop';
import { useOnScreen } from '../../runtime/useOnScreen';
import { prefersReducedMotion } from '../../runtime/useReducedMotion';
import { adjointBackwardSchema } from '../../state/adjointBackward';
import { useWidgetState } from '../../state/widgetStore';
import { WidgetFrame } from '../common/WidgetFrame';
import { fmt } from './geometry';
import { GradBars } from './GradBars';
import { PhasePlane } from './PhasePlane';
import { advance, END, nextStep, stepsPassed, viewAt } from './playhead';
import { StepStrip } from './StepStrip';
import { useWidth } from '../common/chart/useWidth';
import { useStrings } from '../common/i18n';
import { adjointBackwardStrings } from './strings';
import './adjoint.css';

const S = adjointBackwardSchema;

export default function AdjointBackward({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: share } = useWidgetState(adjointBackwardSchema, { query, syncUrl: standalone });
  const s = useStrings(adjointBackwardStrings);
  const ref = useRef<HTMLDivElement>(null);
  const boxWidth = useWidth(ref, 640);
  const onScreen = useOnScreen(ref);
  // Autoplays from the start; with reduced motion it shows the finished pass, still, until Replay or Play.
  const [playing, setPlaying, reduced] = useAutoplay();
  const [pos, setPos] = useState(() => (prefersReducedMotion() ? END : 0));
  const computed = useMemo(() => {
    try {
      return { scene: computeBackwardScene({ damping: values.damping, T: values.T, btolExp: values.btol, target: [values.tx, values.ty] }), error: null };
    } catch (e) {
      return { scene: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [values.damping, values.T, values.btol, values.tx, values.ty]);
  const scene = computed.scene;

  useFrameLoop(playing && onScreen && scene !== null, (dt) => {
    setPos((p) => {
      const q = advance(p, dt);
      if (q >= END) setPlaying(false);
      return q;
    });
  });

  const allProblems = computed.error ? [...problems, s.solveFailed(computed.error)] : problems;
  const T = values.T;
  const view = viewAt(pos, T);
  const passed = scene ? stepsPassed(scene, pos) : { forward: 0, backward: 0 };
  const state = scene && view.phase === 'backward' ? backwardAt(scene, view.t) : null;
  const P = scene?.problem.field.nParams ?? 0;
  const aTheta = state ? state.subarray(4, 4 + P) : new Float64Array(P);
  // The readout reports the last backward step passed, so it changes once per step, not every frame.
  const mark = scene && view.phase === 'backward' ? scene.backwardSteps[passed.backward] : null;

  const readout = !scene ? null : view.phase === 'forward' ? (
    <>{s.forwardReadout(String(passed.forward), String(scene.forwardSteps.length - 1), String(scene.forwardNfe), fmt(scene.loss))}</>
  ) : (
    <>
      {s.backwardReadout(formatToleranceExp(values.btol), String(passed.backward), String(scene.backwardSteps.length - 1), String(scene.backwardNfe))}
      {mark && s.lastStep(mark.t.toFixed(3), fmt(mark.y[2]), fmt(mark.y[3]), fmt(driftAt(scene, mark.t)))}
      {pos >= END && s.done(fmt(scene.dLdz0[0]), fmt(scene.dLdz0[1]), fmt(scene.drift0))}
    </>
  );

  const replay = () => {
    setPos(0);
    setPlaying(true);
  };
  /** After a change of set-up: replay the pass, or with reduced motion show its end at once. */
  const restart = () => {
    if (!reduced) return replay();
    setPlaying(false);
    setPos(END);
  };
  return (
    <WidgetFrame
      name="adjoint-backward"
      layout="wide"
      title={s.title}
      standalone={standalone}
      query={share}
      problems={allProblems}
      readout={readout}
      caption={s.caption(String(S.damping.default), String(S.T.default), formatToleranceExp(S.btol.default), String(S.tx.default), String(S.ty.default))}
    >
      <div ref={ref}>
        <div className="widget-controls">
          <button type="button" onClick={() => (pos >= END ? replay() : setPlaying((p) => !p))} aria-pressed={playing}>
            {playing ? s.pause : pos >= END ? s.replay : s.play}
          </button>
          <button type="button" onClick={() => { setPlaying(false); setPos((p) => (scene ? nextStep(scene, p) : p)); }}>
            {s.step}
          </button>
          <label>
            {s.playhead}
            <input type="range" min={0} max={1000} step={1} value={Math.round((pos / END) * 1000)} aria-valuetext={view.phase === 'forward' ? s.forwardAt(view.t.toFixed(2)) : s.backwardAt(view.t.toFixed(2))}
              onChange={(e) => { setPlaying(false); setPos((Number(e.target.value) / 1000) * END); }} />
          </label>
        </div>
        {scene && (
          <div className="ab-panels">
            <PhasePlane
              scene={scene}
              view={view}
              onTarget={(tx, ty) => {
                set({ tx, ty });
                setPlaying(false);
                setPos(END);
              }}
            />
            <GradBars names={scene.paramNames} values={aTheta} finals={scene.dLdTheta} />
          </div>
        )}
        {scene && <StepStrip scene={scene} phase={view.phase} t={view.t} width={Math.min(boxWidth, 900)} />}
        <div className="widget-controls">
          <label>
            {s.contraction}
            <input type="range" min={0} max={2} step={0.05} value={values.damping} onChange={(e) => { set({ damping: Number(e.target.value) }); restart(); }} />
            <span className="cd-value" aria-hidden="true">{values.damping.toFixed(2)}</span>
          </label>
          <label>
            {s.endTime}
            <input type="range" min={1} max={10} step={0.5} value={values.T} onChange={(e) => { set({ T: Number(e.target.value) }); restart(); }} />
            <span className="cd-value" aria-hidden="true">{values.T}</span>
          </label>
          <label>
            {s.backwardRtol}
            <input type="range" min={-8} max={-1} step={1} value={values.btol} aria-valuetext={s.powerOfTen(String(values.btol))} onChange={(e) => { set({ btol: Number(e.target.value) }); setPos(reduced ? END : 1); setPlaying(!reduced); }} />
            <span className="cd-value" aria-hidden="true">{formatToleranceExp(values.btol)}</span>
          </label>
        </div>
      </div>
    </WidgetFrame>
  );
}
