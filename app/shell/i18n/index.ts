import { en, type Strings } from './en';

/** The languages the site has. The chapters of language `lang` live in `content/<lang>/`. */
export const languages: Record<string, Strings> = { en };
export const defaultLanguage = 'en';

export function strings(lang: string = defaultLanguage): Strings {
  return languages[lang] ?? en;
}
