/** Interface strings by language, usable in the browser too (no Astro imports). */
import en from './en.ts';
import zh from './zh.ts';

export const languages = ['en', 'zh'] as const;
export type Lang = (typeof languages)[number];
export type UIKey = keyof typeof en;

const strings: Record<Lang, Record<UIKey, string>> = { en, zh };

/** BCP 47 tag for `<html lang>`: Pagefind segments Chinese only on `zh-*` pages. */
export const htmlLang: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/** The interface string `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: UIKey, values: Record<string, string | number> = {}): string {
	return strings[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

type PluralKey<K> = K extends `${infer Stem}.one` ? Stem : never;

const pluralRules = Object.fromEntries(languages.map((lang) => [lang, new Intl.PluralRules(htmlLang[lang])])) as Record<Lang, Intl.PluralRules>;

/** A counted string: `key.one` or `key.other` as the language's plural rules choose. */
export function tCount(lang: Lang, key: PluralKey<UIKey>, count: number): string {
	const form = pluralRules[lang].select(count) === 'one' ? 'one' : 'other';
	return t(lang, `${key}.${form}` as UIKey, { count });
}
