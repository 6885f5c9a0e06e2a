import type { Lang } from '../../widgets/common/i18n';
import { en, type Strings } from './en';
import { zh } from './zh';

export type { Lang, Strings };

/**
 * The languages the site has strings for. The chapters of language `lang` live in `content/<lang>/`; a
 * language gets its routes (`/<lang>/…`) once it has chapters (`routedLanguages` in ../chapters.ts).
 */
export const languages: Record<Lang, Strings> = { en, zh };
export const defaultLanguage: Lang = 'en';

export function isLang(s: string): s is Lang {
  return Object.prototype.hasOwnProperty.call(languages, s);
}

export function strings(lang: string = defaultLanguage): Strings {
  return isLang(lang) ? languages[lang] : en;
}

/**
 * The BCP 47 tag of a language, for `<html lang>` and `hreflang`: Chinese is `zh-Hans` (Simplified script),
 * which `:lang(zh)` in CSS still matches.
 */
export const htmlLang: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** `og:locale` of a language (Open Graph wants language_TERRITORY). */
export const ogLocale: Record<Lang, string> = { en: 'en_GB', zh: 'zh_CN' };
