// eslint-disable-next-line no-restricted-imports -- a type-only import, as DESIGN prescribes; the lint rule does not yet allow type imports
import type { WidgetMeta } from '../../mdx/widgets';

export const meta: WidgetMeta = {
  name: 'gradient-check',
  title: 'Gradient check: adjoint, backprop and finite differences',
  chapter: 'adjoint',
  summary: 'The same gradient three ways, side by side, with a backward-tolerance slider that makes the adjoint’s error grow and shrink.',
};
