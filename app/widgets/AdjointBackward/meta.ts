// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN prescribes; the lint rule does not yet allow type imports
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'adjoint-backward',
  title: 'The backward pass, step by step',
  chapter: 'adjoint',
  summary: 'Algorithm 1 running: z re-integrated backwards beside the stored forward path, the adjoint a(t) as arrows, the parameter gradient accumulating.',
};
