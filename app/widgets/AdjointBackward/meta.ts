import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'adjoint-backward',
  title: 'The backward pass, step by step',
  chapter: 'adjoint',
  summary: 'Algorithm 1 running: z re-integrated backwards beside the stored forward path, the adjoint a(t) as arrows, the parameter gradient accumulating.',
};
