/**
 * The reader's language inside widgets. The shell provides it (`<LangContext.Provider value="zh">` on `/zh/…`
 * pages); a widget reads its own strings with `useStrings(strings)`, where `strings` is the widget's
 * `strings.ts` table made by `defineStrings`. The Chinese table must have exactly the English table's keys,
 * with values of the same type (a string, or a function for strings with numbers in them): a missing key is
 * a type error, and `app/widgets/strings.test.ts` checks every table at run time too.
 *
 * Plain modules that format readouts (no React) take the strings object as a parameter instead.
 */
import { createContext, useContext } from 'react';

export const WIDGET_LANGS = ['en', 'zh'] as const;
export type Lang = (typeof WIDGET_LANGS)[number];

export const LangContext = createContext<Lang>('en');

/** The language of the page this widget is on. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** A widget's strings: one table per language, with the same keys. */
export type Bilingual<T> = { en: T; zh: { [K in keyof T]: T[K] } };

/** Declares a widget's string table; the type makes the Chinese table carry every English key. */
export function defineStrings<T extends Record<string, unknown>>(table: Bilingual<T>): Bilingual<T> {
  return table;
}

/** The strings of the current language. */
export function useStrings<T>(table: Bilingual<T>): T {
  return table[useLang()] as T;
}

/** BCP 47 locale of a language, for `Intl.NumberFormat` where numbers are formatted for the reader. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/**
 * A site path in a language: English pages live at the root (`/widget/x`), the others under their code
 * (`/zh/widget/x`), so a widget on a Chinese page links to and embeds the Chinese page of itself.
 */
export function langPath(lang: Lang, path: string): string {
  return lang === 'en' ? path : `/${lang}${path}`;
}
