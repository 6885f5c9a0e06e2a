/** Strings of the components chapters use (tooltips, callouts, the widget placeholder and error box). */
import { defineStrings } from '../widgets/common/i18n';

export const mdxStrings = defineStrings({
  en: {
    glossaryLink: 'Glossary →',
    pitfall: 'Pitfall',
    widgetStopped: (title: string, message: string) => `${title} stopped: ${message}`,
    tryAgain: 'Try again',
    needsJavaScript: 'This figure computes in your browser; it needs JavaScript.',
  },
  zh: {
    glossaryLink: '术语表 →',
    pitfall: '常见误区',
    widgetStopped: (title: string, message: string) => `${title}出错停止了：${message}`,
    tryAgain: '重试',
    needsJavaScript: '这幅图在你的浏览器里计算，需要启用 JavaScript。',
  },
});
