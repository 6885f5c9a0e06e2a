/** Reader-facing names of the FFJORD toy sets, in both languages (English as in app/math/toy/ffjord.ts). */
import { TOY_LABELS } from '../../math/toy/ffjord';
import { defineStrings } from '../common/i18n';

export const toySetStrings = defineStrings({
  en: { ...TOY_LABELS },
  zh: {
    '8gaussians': '8 个高斯分布',
    moons: '双月',
    checkerboard: '棋盘',
    pinwheel: '风车',
    '2spirals': '双螺旋',
    circles: '双圆环',
    rings: '同心环',
    swissroll: '瑞士卷',
  },
});
