/** Single metadata values of an old note turned into frontmatter values: title, date, venue, tags; `undefined` when a value does not fit. */
import slugify from '@sindresorhus/slugify';
import { isCalendarDate } from '../schema/date.ts';

/** `?`, `TODO`, `-`, `无`, `N/A` or nothing: a value not filled in yet. */
export const isPlaceholder = (value: string): boolean => /^(?:[?？]+|-+|todo|#todo|无|暂无|n\/?a|none|tbd)?$/i.test(value.trim());

/** A title as written in the block: quoted, in backticks or bold, perhaps ending with a period. */
export function cleanTitle(value: string): string {
	let title = value.trim();
	for (const [open, close] of [['"', '"'], ['“', '”'], ["'", "'"], ['`', '`'], ['**', '**'], ['《', '》']] as const) {
		if (title.length > open.length + close.length && title.startsWith(open) && title.endsWith(close)) {
			title = title.slice(open.length, -close.length).trim();
		}
	}
	// One final period is punctuation of the list, not of the title ("..." and "U.S." keep theirs).
	return title.replace(/(?<![.\s]\p{Lu}|\.)\.$/u, '').trim();
}

/** `2024.05.13`, `2024/5/13`, `2024年5月13日`, `2024-05`… as `YYYY-MM-DD` or `YYYY-MM`, if it names a real day or month. */
export function cleanDate(value: string): string | undefined {
	const match = /^(\d{4})\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2})\s*日?|\s*月)?$/.exec(value.trim());
	if (!match) return undefined;
	const date = [match[1], match[2]!.padStart(2, '0'), ...(match[3] ? [match[3].padStart(2, '0')] : [])].join('-');
	return isCalendarDate(date) ? date : undefined;
}

/** A venue with its year set apart: `AAAI2025` → `AAAI 2025`. */
export const cleanVenue = (value: string): string => value.trim().replace(/(\p{L})((?:19|20)\d{2})\b/gu, '$1 $2');

/** Tags as written (`#Speech LLM`, `TTS、ASR`), one by one. */
export const splitTags = (value: string): string[] =>
	value
		.split(/[,，;；、]|\s+(?=#)/u)
		.map((tag) => tag.trim().replace(/^#\s*/, ''))
		.filter((tag) => !isPlaceholder(tag));

/** A tag in kebab-case (`Speech LLM` → `speech-llm`), or `undefined` when nothing of it is Latin script. */
export function kebabTag(tag: string): string | undefined {
	const slug = slugify(tag, { decamelize: false });
	return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? slug : undefined;
}
