/** Compiles a preset's trees (no parser: presets carry their trees, presets.ts). */
import { compileTrees, type CompiledSystem } from '../expr';
import type { Preset } from './presets';

export function compilePreset(p: Preset): CompiledSystem {
  return compileTrees(p.exprs, p.kind);
}
