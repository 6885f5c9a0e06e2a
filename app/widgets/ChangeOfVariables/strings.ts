/**
 * Strings of `<ChangeOfVariables/>` (both of its figures), English and Chinese (terms from
 * content/zh/terminology.json: 变量替换, 雅可比, 基分布). Functions take numbers already formatted by the widget.
 */
import { defineStrings } from '../common/i18n';

type S = string;

export const changeOfVariablesStrings = defineStrings({
  en: {
    title: 'Change of variables: stretch and squeeze',
    badKnots: 'The knots must increase from left to right for g to be invertible; drag them back into order.',
    itFalls: 'it falls',
    itRises: 'it rises',
    noChange: 'no change',
    readout1d: (a: S, b: S, mass: S, ga: S, gb: S, ratio: S, dMid: S, change: S, pz: S, px: S, da: S) =>
      `Strip z ∈ [${a}, ${b}] holds mass ${mass}; its image x ∈ [${ga}, ${gb}] is ${ratio}× as wide (g′ at its middle = ${dMid}), ` +
      `so the density there is divided by g′ (${change}): from p_z = ${pz} to p_x = ${px}. At the strip's left edge g′ = ${da}.`,
    caption1d:
      'Drag the five knots to bend the monotone map x = g(z), and drag the strip on the z axis. The base density N(0, 1) (below) and ' +
      'the pushed-forward density p_x = p_z/g′ (left) shade the same probability mass.',
    stripWidth: 'Strip width Δz',
    plot1dLabel: 'The map x = g(z), the base density below it and the pushed-forward density to its left',
    zAxis: 'z (base), with p_z(z) = N(0, 1) below',
    xAxis: 'x = g(z), with p_x(x) to the left',
    stripPosition: 'Strip position in z',
    knot: (z: S) => `Knot at z = ${z}: its value x`,
    title2d: 'Change of variables in 2-D: the Jacobian as an area',
    readout2d: (side: S, area0: S, px: S, py: S, area: S, ratio: S, det: S) =>
      `Square of side ${side} (area ${area0}) at (${px}, ${py}) maps to area ${area}: ratio ${ratio}, against det J = ${det} at its centre.`,
    caption2d:
      'The planar map g(z) = z + u·tanh(wᵀz + b) bends the plane along the dashed line; drag the small square and compare its ' +
      "image's area with the Jacobian determinant 1 + uᵀψ(z).",
    squareSide: 'Square side δ',
    strength: 'Strength of u',
    plot2dLabel: "The planar map's image of a square grid, with a small square and its image",
    squareCentre: 'Centre of the small square (arrow keys move it)',
  },
  zh: {
    title: '变量替换：拉伸与挤压',
    badKnots: '节点必须从左到右递增，g 才可逆；请把它们拖回原来的顺序。',
    itFalls: '密度下降',
    itRises: '密度上升',
    noChange: '不变',
    readout1d: (a: S, b: S, mass: S, ga: S, gb: S, ratio: S, dMid: S, change: S, pz: S, px: S, da: S) =>
      `条带 z ∈ [${a}, ${b}] 的概率质量为 ${mass}；它的像 x ∈ [${ga}, ${gb}] 的宽度是原来的 ${ratio} 倍（条带中点处 g′ = ${dMid}），` +
      `所以那里的密度要除以 g′（${change}）：从 p_z = ${pz} 变为 p_x = ${px}。条带左端处 g′ = ${da}。`,
    caption1d:
      '拖动五个节点来弯曲单调映射 x = g(z)，也可以沿 z 轴拖动条带。下方的基分布密度 N(0, 1) 与左侧推前后的密度 p_x = p_z/g′ ' +
      '所涂阴影是同一份概率质量。',
    stripWidth: '条带宽度 Δz',
    plot1dLabel: '映射 x = g(z)，其下方是基分布的密度，左侧是推前后的密度',
    zAxis: 'z（基分布），下方为 p_z(z) = N(0, 1)',
    xAxis: 'x = g(z)，左侧为 p_x(x)',
    stripPosition: '条带在 z 轴上的位置',
    knot: (z: S) => `z = ${z} 处的节点：它的值 x`,
    title2d: '二维的变量替换：雅可比行列式即面积之比',
    readout2d: (side: S, area0: S, px: S, py: S, area: S, ratio: S, det: S) =>
      `位于 (${px}, ${py})、边长 ${side}（面积 ${area0}）的正方形被映射为面积 ${area}：面积比 ${ratio}，而中心处 det J = ${det}。`,
    caption2d: '平面流映射 g(z) = z + u·tanh(wᵀz + b) 沿虚线弯折平面；拖动小正方形，比较它的像的面积与雅可比行列式 1 + uᵀψ(z)。',
    squareSide: '正方形边长 δ',
    strength: 'u 的强度',
    plot2dLabel: '平面流映射下正方形网格的像，以及一个小正方形和它的像',
    squareCentre: '小正方形的中心（方向键可移动）',
  },
});
