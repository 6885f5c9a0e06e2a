import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'gradient-check',
  title: 'Gradient check: adjoint, backprop and finite differences',
  chapter: 'adjoint',
  summary: 'The same gradient three ways, side by side, with a backward-tolerance slider that makes the adjoint’s error grow and shrink.',
};
