import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'draw-your-data',
  title: 'Draw your data, train by flow matching',
  chapter: 'flow-matching',
  summary: 'Draw points or pick a toy set, train a flow-matching field live, and watch samples travel from noise to data, with dopri5’s evaluations per sample.',
};
