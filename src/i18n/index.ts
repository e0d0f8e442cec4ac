/** Interface languages, their strings, and locale-aware formatting of names, dates and URLs. */
import { getRelativeLocaleUrl } from 'astro:i18n';
import { htmlLang, type Lang } from './strings.ts';

export * from './strings.ts';

/** Site URL of `path` (e.g. `notes/salmonn/`) in `lang`, with the configured base. */
export function localeUrl(lang: Lang, path = ''): string {
	return getRelativeLocaleUrl(lang, path);
}

/** Site URL of a file (e.g. `rss.xml`) in `lang`'s folder, with the base and no trailing slash. */
export function localeFileUrl(lang: Lang, file: string): string {
	return `${localeUrl(lang)}${file}`;
}

// Formatters by language (and precision): one costs far more to make than to use, and every note page uses them.
const dateFormats: Record<string, Intl.DateTimeFormat> = {};
const listFormats: Partial<Record<Lang, Intl.ListFormat>> = {};

/** `YYYY-MM` or `YYYY-MM-DD` as the reader's language writes it: "October 2023", "2023年10月". */
export function formatDate(lang: Lang, date: string): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
	const format = `${lang}${day ? ' day' : ''}`;
	dateFormats[format] ??= new Intl.DateTimeFormat(htmlLang[lang], { year: 'numeric', month: 'long', timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) });
	return dateFormats[format].format(Date.UTC(year, month - 1, day ?? 1));
}

/** A list of names as the language joins them: "A, B and C" / "A、B 和 C". */
export function formatList(lang: Lang, items: string[]): string {
	listFormats[lang] ??= new Intl.ListFormat(htmlLang[lang], { style: 'long', type: 'conjunction' });
	return listFormats[lang].format(items);
}
