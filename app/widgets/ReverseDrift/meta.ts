import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'reverse-drift',
  title: 'Reverse drift and checkpointing',
  chapter: 'adjoint',
  summary: 'A contracting system where integrating z backwards cannot find z(t0) again, and how storing a few checkpoints fixes it.',
};
