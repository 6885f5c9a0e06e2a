// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN prescribes; the lint rule does not yet allow type imports
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'reverse-drift',
  title: 'Reverse drift and checkpointing',
  chapter: 'adjoint',
  summary: 'A contracting system where integrating z backwards cannot find z(t0) again, and how storing a few checkpoints fixes it.',
};
