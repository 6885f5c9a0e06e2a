/**
 * `<ParticleView/>`: thousands of particles advected through a planar field with the chosen fixed-step
 * method, one step per frame, with fading trails. On WebGL2 the reader's formula is compiled to GLSL and
 * stepped by transform feedback; without WebGL2 (or with gpu=0) the same step runs in JavaScript on fewer
 * particles, and the status line says which. Pauses off screen. Loads no tfjs.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createCpuParticles, createGpuParticles, type ParticleSystem } from '../../render/particles';
import { fitBackingStore, type BackingStore } from '../../render/canvas/backingStore';
import { Axes } from '../common/chart/Axes';
import { makeFrame } from '../../render/plot';
import { useWidth } from '../common/chart/useWidth';
import { useAutoplay } from '../../runtime/useAutoplay';
import { useFrameLoop } from '../../runtime/useFrameLoop';
import { CONTEXT_RESTORE_WAIT_MS, watchContextLoss } from '../../runtime/glContextLoss';
import { useOnScreen } from '../../runtime/useOnScreen';
import { PARTICLE_EQUATIONS, PARTICLE_METHODS, PARTICLE_STEP, particleViewSchema, type ParticleEquation } from '../../state/particleView';
import { useWidgetState } from '../../state/widgetStore';
import { WidgetFrame } from '../common/WidgetFrame';
import { EquationSelect, FormulaInputs, MethodRadios, StepSlider } from '../OdePlayground/Controls';
import { useResolvedSystem } from '../OdePlayground/useResolvedSystem';
import { LOCALE, useLang, useStrings } from '../common/i18n';
import { equationText, odePlaygroundStrings } from '../OdePlayground/strings';
import { particleViewStrings, type GpuFailure } from './strings';
import { cssColor } from './colors';
import './particles.css';

/** 16,384 particles on the GPU (a 128×128 batch); 2,000 in JavaScript keep a frame under ~10 ms here. */
export const GPU_PARTICLES = 16384;
export const JS_PARTICLES = 2000;
/** At most 2 device pixels per CSS pixel: every frame fades the whole canvas, so its cost grows with the pixel count. */
const MAX_PIXEL_RATIO = 2;
/** Steps drawn at once for the still frame shown before Play (reduced motion): enough for short trails. */
const STILL_FRAMES = 8;

export default function ParticleView({ standalone, query, eq }: { standalone?: boolean; query?: string; eq?: ParticleEquation }) {
  const { values, set, problems, query: share } = useWidgetState(particleViewSchema, { initial: eq ? { eq } : {}, query, syncUrl: standalone });
  const lang = useLang();
  const t = useStrings(particleViewStrings);
  const ode = useStrings(odePlaygroundStrings);
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const visible = useOnScreen(boxRef);
  const width = Math.max(260, useWidth(boxRef));
  const [playing, setPlaying] = useAutoplay();
  /** The step, for the still frame (whose effect must not rerun on every step change). */
  const stepRef = useRef(values.h);
  stepRef.current = values.h;
  const [sys, setSys] = useState<ParticleSystem | null>(null);
  const [store, setStore] = useState<BackingStore | null>(null);
  const time = useRef(0);

  const resolved = useResolvedSystem(values.eq, '', values.fx, values.fy);
  const { setup, compiled } = resolved;
  const size = Math.min(width, 560);
  const frame = useMemo(() => makeFrame({ width: size, height: size, x: [setup.window.xMin, setup.window.xMax], y: [setup.window.yMin, setup.window.yMax], margin: { top: 8, right: 8, bottom: 34, left: 40 } }), [size, setup.window]);
  const plotW = Math.round(frame.x.range()[1] - frame.x.range()[0]);
  const plotH = Math.round(frame.y.range()[0] - frame.y.range()[1]);

  /** Why the GPU path is not running, once it has failed (then the canvas is remounted for a 2-D context). */
  const [gpuFailure, setGpuFailure] = useState<GpuFailure | null>(null);
  const mode = values.gpu && gpuFailure === null ? 'gpu' : 'js';
  const why = !values.gpu ? t.gpuOff : gpuFailure ? t.gpuFailure(gpuFailure) : '';
  /** The browser took the WebGL context back; `restores` counts restorations, each of which rebuilds the GPU path. */
  const [glLost, setGlLost] = useState(false);
  const [restores, setRestores] = useState(0);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || mode !== 'gpu') return;
    return watchContextLoss(canvas, {
      lost: () => setGlLost(true),
      restored: () => {
        setGlLost(false);
        setRestores((n) => n + 1);
      },
      gaveUp: () => {
        setGlLost(false);
        setGpuFailure({ kind: 'lost', seconds: CONTEXT_RESTORE_WAIT_MS / 1000 });
      },
    });
  }, [mode]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !compiled || compiled.kind !== 'planar') return;
    if (mode === 'gpu' && glLost) {
      setSys(null);
      return;
    }
    setStore(fitBackingStore(canvas, plotW, plotH, { maxRatio: MAX_PIXEL_RATIO }));
    const opts = {
      window: setup.window,
      method: values.method,
      color: cssColor(canvas, '--accent', [0.11, 0.37, 0.66]),
      background: cssColor(canvas, '--panel', [1, 1, 1]),
      seed: values.seed,
    };
    let made: ParticleSystem | null = null;
    if (mode === 'gpu') {
      try {
        made = createGpuParticles(canvas, [compiled.glsl[0], compiled.glsl[1]], { ...opts, count: GPU_PARTICLES });
        if (!made) setGpuFailure({ kind: 'unavailable' });
      } catch (err) {
        setGpuFailure({ kind: 'failed', message: (err as Error).message.slice(0, 120) });
      }
    } else made = createCpuParticles(canvas, compiled.field, { ...opts, count: JS_PARTICLES });
    time.current = 0;
    setSys(made);
    return () => made?.destroy();
  }, [compiled, setup.window, values.method, values.seed, plotW, plotH, mode, glLost, restores]);

  // Paused before the first step (reduced motion, or a new field while paused): draw a still frame, so the
  // figure is not blank before Play.
  useEffect(() => {
    if (!sys || playing || time.current !== 0) return;
    for (let i = 0; i < STILL_FRAMES; i++) {
      sys.frame(time.current, stepRef.current);
      time.current += stepRef.current;
    }
  }, [sys, playing]);

  useFrameLoop(visible && playing && sys !== null, () => {
    if (!sys) return;
    sys.frame(time.current, values.h);
    time.current += values.h;
  });

  const status = !compiled
    ? t.noField
    : glLost
      ? t.contextLost(CONTEXT_RESTORE_WAIT_MS / 1000)
      : sys?.kind === 'webgl2'
      ? t.webgl2(sys.count.toLocaleString(LOCALE[lang]))
      : t.jsCount(why, (sys?.count ?? 0).toLocaleString(LOCALE[lang]));
  const density = (r: number) => `${Number(r.toFixed(2))}×`;
  const statusLine = [status, store?.capped ? t.capped(density(store.ratio), density(store.screen)) : ''].filter(Boolean).join(' ');
  const readout = glLost ? t.stoppedLost : sys ? t.readout(sys.count.toLocaleString(LOCALE[lang]), ode.methods[values.method], values.h, playing ? (visible ? 'running' : 'offscreen') : 'paused') : t.starting;
  const eqText = equationText(values.eq, ode);
  const caption = t.caption(eqText.hint, ode.methods[values.method]);

  return (
    <WidgetFrame name="particle-view" title={t.title} caption={caption} query={share} readout={readout} status={statusLine} problems={problems} standalone={standalone}>
      <div className="widget-controls">
        <EquationSelect value={values.eq} onChange={(e) => set({ eq: (PARTICLE_EQUATIONS as readonly string[]).includes(e) ? (e as ParticleEquation) : 'custom2' })} planarOnly />
        <FormulaInputs values={{ eq: values.eq, f: '', fx: values.fx, fy: values.fy, method: values.method, h: values.h, tol: 0, y0: [] }} set={(p) => set(p as Partial<typeof values>)} formulaError={resolved.formulaError} />
      </div>
      <div className="widget-controls">
        <MethodRadios value={values.method} onChange={(m) => set({ method: m as (typeof PARTICLE_METHODS)[number] })} methods={PARTICLE_METHODS} />
      </div>
      <div className="widget-controls">
        <StepSlider value={values.h} onChange={(h) => set({ h })} min={PARTICLE_STEP.min} max={PARTICLE_STEP.max} />
        <button type="button" aria-pressed={!playing} onClick={() => setPlaying((p) => !p)}>
          {playing ? t.pause : t.play}
        </button>
      </div>
      <div ref={boxRef} className="pv-box">
        <div className="pv-stage" style={{ width: size, height: size }}>
          <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} aria-hidden="true">
            <Axes frame={frame} xLabel="x" yLabel="y" grid={false} />
          </svg>
          <canvas key={mode} ref={canvasRef} className="pv-canvas" role="img" aria-label={t.canvasLabel(eqText.label)} style={{ left: frame.margin.left, top: frame.margin.top, width: plotW, height: plotH, visibility: glLost ? 'hidden' : undefined }} />
        </div>
      </div>
    </WidgetFrame>
  );
}
