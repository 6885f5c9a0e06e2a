import type { WidgetMeta } from '../common/types';

export const meta: WidgetMeta = {
  name: 'change-of-variables',
  title: 'Change of variables: stretch and squeeze',
  chapter: 'normalizing-flows',
  summary: 'Bend a 1-D monotone map and watch a strip of probability keep its mass while its width and height trade off; its 2-D twin shows the Jacobian determinant as the area of a mapped square.',
  zh: {
    title: '变量替换：拉伸与挤压',
    summary: '弯曲一个一维单调映射，看一条概率带在宽度与高度此消彼长时保持质量不变；它的二维孪生图把雅可比行列式显示为映射后正方形的面积。',
  },
};
