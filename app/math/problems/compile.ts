/** Compiles a preset's formulas with the safe parser (kept apart from presets.ts so the data carries no parser). */
import { compileSystem, type CompiledSystem } from '../expr';
import type { Preset } from './presets';

/** Presets are tested to compile, so a failure here is a programming error. */
export function compilePreset(p: Preset): CompiledSystem {
  const r = compileSystem(p.formulas, p.kind);
  if (!r.ok) throw new Error(`Preset ${p.id} does not compile: ${r.error}`);
  return r;
}
