declare module 'virtual:chapters' {
  const chapters: { lang: string; slug: string; title: string; order: number; summary: string }[];
  export default chapters;
}
