/**
 * Chinese UI strings of the shell (the `/zh/…` pages). Every key of `en.ts`, in natural Chinese; the terms
 * follow `content/zh/terminology.json` (常微分方程, 残差网络, 数值求解器, …).
 */
import type { Strings } from './en';

export const zh: Strings = {
  siteName: '连续深度',
  tagline: '神经常微分方程，在你的浏览器里实时计算。',
  homeIntro:
    '残差网络一步一步地离散前进；神经常微分方程让深度变得连续，把“走步”交给数值求解器。' +
    '本站的每一幅图都在你阅读时实时计算：拖动初值、切换求解器、训练一个网络、看一个密度流动起来。',
  homeHowTo: '各章循序渐进，后一章建立在前一章之上。每个交互组件也有自己的页面，页面地址记录着它的状态，你看到什么，分享出去的就是什么。',
  chapters: '章节',
  chapter: '章',
  contents: '本页目录',
  previous: '上一章',
  next: '下一章',
  home: '首页',
  loadingChapter: '正在加载本章……',
  loadingWidget: '正在加载交互组件……',
  notFoundTitle: '页面不存在',
  notFoundBody: '这个地址没有页面。也许链接被截断了，或者这一章换了地址。',
  notFoundWidget: '没有这个名字的交互组件。',
  widgetsTitle: '交互组件',
  widgetsIntro: '本站的全部交互图，按阅读顺序逐章排列。每个都有自己的页面，页面地址记录着它的状态。',
  chapterOfN: '第 {n} 章，共 {N} 章',
  siteNav: '站点导航',
  chapterNav: '章节',
  embedBack: '出自《{site}》第 {n} 章：{title}',
  backToChapter: '回到所在章节阅读',
  skipToContent: '跳到正文',
  referencesTitle: '参考文献',
  referencesIntro: '各章引用的全部文献。每一章的末尾也列出了它用到的文献。',
  referencesDescription: '各章引用的论文、软件和书籍，附链接。',
  glossaryTitle: '术语表',
  glossaryIntro: '各章所用术语的简短定义。在章节里，每个术语第一次出现时都链接到这里；鼠标指向、键盘聚焦或轻触它，就会显示定义。',
  glossaryDescription: '各章所用术语的简短定义：函数求值次数（NFE）、rtol 与 atol、雅可比矩阵、向量–雅可比积、伴随状态、Hutchinson 迹估计等。',
  taughtIn: '详见{chapter}一章。',
  languageName: '中文',
  switchLanguage: '阅读本页的英文版',
  footer: '连续深度讲解的是论文 {paper}（NeurIPS 2018，arXiv:1806.07366）。',
};
