/**
 * English UI strings of the shell. A second language adds a sibling file with the same keys
 * (the type below makes a missing key a type error) and a `content/<lang>/` folder of chapters.
 */
export const en = {
  siteName: 'Continuous Depth',
  tagline: 'Neural ordinary differential equations, computed live in your browser.',
  homeIntro:
    'A residual network takes discrete steps; a neural ODE lets depth become continuous and hands the stepping to a numerical solver. ' +
    'Every figure on this site is computed as you read it: drag an initial value, switch the solver, train a network, watch a density flow.',
  homeHowTo: 'Each chapter builds on the one before. Every widget also has a page of its own whose address holds its state, so you can share exactly what you see.',
  chapters: 'Chapters',
  chapter: 'Chapter',
  contents: 'On this page',
  previous: 'Previous',
  next: 'Next',
  home: 'Home',
  loadingChapter: 'Loading chapter…',
  loadingWidget: 'Loading widget…',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. Perhaps the link was cut short, or the chapter moved.',
  notFoundWidget: 'There is no widget with this name.',
  widgetsTitle: 'Widgets',
  widgetsIntro: 'Every figure of the site in reading order, chapter by chapter. Each has a page of its own whose address holds its state.',
  chapterOfN: 'Chapter {n} of {N}',
  siteNav: 'Site',
  chapterNav: 'Chapters',
  embedBack: 'From {site}, chapter {n}: {title}',
  backToChapter: 'Read it in its chapter',
  skipToContent: 'Skip to content',
  referencesTitle: 'References',
  referencesIntro: 'Every source the chapters cite. Each chapter also ends with the sources it uses.',
  referencesDescription: 'The papers, software and books every chapter cites, with links.',
  glossaryTitle: 'Glossary',
  glossaryIntro:
    'Short definitions of the terms the chapters use. In a chapter, the first use of each term links here and shows its definition when you point at it, focus it or tap it.',
  glossaryDescription: 'Short definitions of the terms the chapters use: NFE, rtol and atol, Jacobian, VJP, adjoint state, Hutchinson’s estimator and more.',
  taughtIn: 'Taught in {chapter}.',
  /** The name of this language, written in it: the label of the switch that leads to this language. */
  languageName: 'English',
  /** The switch's tooltip on a page in this language, naming the language it leads to. */
  switchLanguage: 'Read this page in Chinese',
  /** `{paper}` is the paper's authors and title, in English in every language (Layout.tsx, `PAPER`). */
  footer: 'Continuous Depth explains {paper}, NeurIPS 2018 (arXiv:1806.07366).',
} as const;

export type Strings = { [K in keyof typeof en]: string };
