/** Strings of the controls shared by many widgets (train controls, frame, share actions, warnings). */
import { defineStrings } from './i18n';

export const commonStrings = defineStrings({
  en: {
    train: 'Train',
    pause: 'Pause',
    reset: 'Reset',
    trainingProgress: 'Training progress',
  },
  zh: {
    train: '训练',
    pause: '暂停',
    reset: '重置',
    trainingProgress: '训练进度',
  },
});
