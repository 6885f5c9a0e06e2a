declare module 'virtual:chapters' {
  const chapters: { lang: string; slug: string; title: string; order: number; summary: string; nav?: string }[];
  export default chapters;
}

declare module 'virtual:widget-order' {
  /** The JSX tags the chapters use, in reading order (scripts/vite/chaptersPlugin.ts). */
  const tags: string[];
  export default tags;
}
