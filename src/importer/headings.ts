/** Section headings: `3.1·Method | 方法` becomes `Method: 方法` (numbering dropped, one `: ` between the languages), and old anchors map to the new ids. */
import GithubSlugger from 'github-slugger';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { splitBilingual } from '../markdown/remark-bilingual-headings.ts';
import type { SourceText } from './source.ts';

// `1·`, `3.1.`, `3.1 `, `A.`, `A.1 `, `一、`: numbering in front of a heading's text.
const NUMBERING = /^(?:\d+(?:[.·]\d+)*(?:[.·、)]\s*|\s+)|[A-Z](?:(?:[.·]\d+)+(?:[.·]\s*|\s+)|[.·]\s*)|[一二三四五六七八九十]+[、.]\s*)/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SEPARATOR = /\s*[:：|·]\s*/gu;

interface Parts {
	/** Length of the numbering in front. */
	numbering: number;
	/** The separator between the English and the Chinese half, if the heading has both. */
	separator?: { start: number; end: number };
}

function partsOf(text: string): Parts {
	const numberMatch = NUMBERING.exec(text);
	const numbering = numberMatch && numberMatch[0].length < text.trimEnd().length ? numberMatch[0].length : 0;
	const firstCjk = text.slice(numbering).search(CJK);
	if (firstCjk <= 0) return { numbering };
	let separator: Parts['separator'];
	for (const match of text.slice(numbering, numbering + firstCjk).matchAll(SEPARATOR)) {
		separator = { start: numbering + match.index, end: numbering + match.index + match[0].length };
	}
	// The English half must have words of its own, and the separator must come just before the Chinese.
	if (!separator || separator.end !== numbering + firstCjk || !/\p{L}/u.test(text.slice(numbering, separator.start))) return { numbering };
	return { numbering, separator };
}

/** A heading's text as the site shows it: `English: 中文`, `English` or `中文`, without numbering. */
export function normalizedHeading(text: string): string {
	const { numbering, separator } = partsOf(text);
	if (!separator) return text.slice(numbering).trim();
	return `${text.slice(numbering, separator.start).trim()}: ${text.slice(separator.end).trim()}`;
}

/** Where a heading's text is written in the source (after `## `, before any closing `#`s). */
export function headingContent(heading: Heading): { start: number; end: number } | undefined {
	const first = heading.children[0];
	const last = heading.children.at(-1);
	if (!first || !last) return undefined;
	return { start: first.position!.start.offset!, end: last.position!.end.offset! };
}

/** Records the edits that normalise `heading` in `source`. */
export function normalizeHeading(source: SourceText, heading: Heading): void {
	const content = headingContent(heading);
	if (!content) return;
	const { numbering, separator } = partsOf(source.text.slice(content.start, content.end));
	if (numbering > 0) source.edit(content.start, content.start + numbering, '');
	if (separator && source.text.slice(content.start + separator.start, content.start + separator.end) !== ': ') {
		source.edit(content.start + separator.start, content.start + separator.end, ': ');
	}
}

/** The Markdown line of a normalised heading (an underlined heading becomes a `#` one). */
export function headingLine(source: SourceText, heading: Heading): string {
	const content = headingContent(heading);
	return `${'#'.repeat(heading.depth)} ${content ? source.slice(content.start, content.end).trim() : ''}`.trimEnd();
}

/**
 * Old anchors to the ids the site gives the normalised headings (the slug of the English half,
 * `#methodology`). Old anchors are GitHub's ids of the headings as written (`#3methodology-方法`)
 * or MkDocs' (ASCII only: `#3methodology`).
 */
export function anchorMap(all: Heading[], kept: Heading[]): Map<string, string> {
	const githubSlugger = new GithubSlugger();
	const siteSlugger = new GithubSlugger();
	const map = new Map<string, string>();
	for (const heading of all) {
		const written = toString(heading).trim();
		const githubId = githubSlugger.slug(written);
		if (!kept.includes(heading)) continue;
		const text = normalizedHeading(written);
		const split = splitBilingual(text);
		const id = siteSlugger.slug(split ? split.en : text);
		map.set(githubId, id);
		const mkdocsId = mkdocsSlug(written);
		if (mkdocsId && !map.has(mkdocsId)) map.set(mkdocsId, id);
	}
	return map;
}

/** Python-Markdown's default `toc` slug, which MkDocs uses: accents folded, anything not ASCII dropped. */
function mkdocsSlug(text: string): string {
	const ascii = text.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
	return ascii.replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[-\s]+/g, '-');
}
