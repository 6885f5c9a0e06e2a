/**
 * Reader-facing names of the FFJORD toy sets, in both languages: one table for chapters 5 and 6 (English as in
 * app/math/toy/ffjord.ts; Chinese as in chapter 5's table of shipped models).
 */
import { TOY_LABELS } from '../../math/toy/ffjord';
import { defineStrings } from './i18n';

export const toySetStrings = defineStrings({
  en: { ...TOY_LABELS },
  zh: {
    '8gaussians': '8 个高斯',
    moons: '双月',
    checkerboard: '棋盘格',
    pinwheel: '风车',
    '2spirals': '双螺旋',
    circles: '双圆',
    rings: '多重圆环',
    swissroll: '瑞士卷',
  },
});
