import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'change-of-variables',
  title: 'Change of variables: stretch and squeeze',
  chapter: 'normalizing-flows',
  summary: 'Bend a 1-D monotone map and watch a strip of probability keep its mass while its width and height trade off; its 2-D twin shows the Jacobian determinant as the area of a mapped square.',
};
