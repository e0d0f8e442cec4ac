/** remark plugin: a heading `English: 中文` becomes an English and a Chinese span; every heading gets its id here (the slug of its English half). */
import GithubSlugger from 'github-slugger';
import type { Heading, PhrasingContent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
// Types only: `hName` / `hProperties` on mdast data, `raw` nodes in hast.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { BLOCK_LANGS } from './remark-bilingual.ts';

/** A heading's text in each language; the same text twice for a heading in one language. */
export interface HeadingText {
	en: string;
	zh: string;
}

declare module 'mdast' {
	interface HeadingData {
		/** Set by remark-bilingual-headings on a heading written `English: 中文`. */
		bilingual?: HeadingText;
	}
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// `:` or full-width `：` (spaces around optional), or `·` / `|` with spaces around.
const SEPARATOR = /\s*[:：]\s*|\s+[·|]\s+/gu;

/** The plain text of a heading, as used for its halves and its slug. */
export const headingText = (heading: Heading): string => toString(heading, { includeHtml: false }).trim();

interface Split {
	en: string;
	zh: string;
	/** Where the separator is in the heading's text. */
	start: number;
	end: number;
}

/**
 * Splits `English: 中文` (also `：`, ` · `, ` | `) into its halves: the left half has no CJK
 * character, the right one has one. The separator taken is the last one before the first CJK
 * character, so `A: B: 中文` is `A: B` + `中文`.
 */
export function splitBilingual(text: string): Split | undefined {
	const firstCjk = text.search(CJK);
	if (firstCjk < 0) return undefined;
	let chosen: RegExpExecArray | undefined;
	for (const match of text.matchAll(SEPARATOR)) {
		if (match.index + match[0].length > firstCjk) break;
		chosen = match as RegExpExecArray;
	}
	if (!chosen) return undefined;
	const start = chosen.index;
	const end = start + chosen[0].length;
	const en = text.slice(0, start).trim();
	const zh = text.slice(end).trim();
	if (!/[\p{L}\p{N}]/u.test(en) || !CJK.test(zh)) return undefined;
	return { en, zh, start, end };
}

/** The English and Chinese text of a heading (the same twice when it is in one language). */
export function headingHalves(heading: Heading): HeadingText {
	if (heading.data?.bilingual) return heading.data.bilingual;
	const text = headingText(heading);
	const split = splitBilingual(text);
	return split ? { en: split.en, zh: split.zh } : { en: text, zh: text };
}

export default function remarkBilingualHeadings() {
	return (tree: Root) => {
		const slugger = new GithubSlugger();
		visit(tree, 'heading', (heading) => {
			const data = (heading.data ??= {});
			const properties = (data.hProperties ??= {});
			const text = headingText(heading);
			const split = splitBilingual(text);
			if (split) {
				data.bilingual = { en: split.en, zh: split.zh };
				heading.children = [
					langSpan('en', splitChildren(heading.children, split, 'en')),
					langSpan('zh', splitChildren(heading.children, split, 'zh')),
				];
			}
			if (typeof properties.id !== 'string') properties.id = slugger.slug(split ? split.en : text);
			else slugger.slug(properties.id);
		});
	};
}

function langSpan(lang: 'en' | 'zh', children: PhrasingContent[]): TextDirective {
	return {
		type: 'textDirective',
		name: `lang-${lang}`,
		attributes: {},
		children,
		data: { hName: 'span', hProperties: { dataLang: lang, lang: BLOCK_LANGS[lang] } },
	};
}

/**
 * One half of a heading's children. When the separator lies inside one top-level text node, the
 * children are cut there and keep their formatting; otherwise the half is plain text.
 */
function splitChildren(children: PhrasingContent[], split: Split, half: 'en' | 'zh'): PhrasingContent[] {
	// The offsets are in the trimmed text; leading whitespace of the heading does not count.
	const full = children.map((child) => toString(child, { includeHtml: false }));
	const lead = full.join('').length - full.join('').trimStart().length;
	let offset = -lead;
	for (let i = 0; i < children.length; i++) {
		const child = children[i]!;
		const length = full[i]!.length;
		if (child.type === 'text' && offset <= split.start && split.end <= offset + length) {
			if (half === 'en') {
				const before = child.value.slice(0, split.start - offset).trimEnd();
				return trimEdge([...children.slice(0, i), ...textIfAny(before)], 'end');
			}
			const after = child.value.slice(split.end - offset).trimStart();
			return trimEdge([...textIfAny(after), ...children.slice(i + 1)], 'start');
		}
		offset += length;
	}
	return [{ type: 'text', value: half === 'en' ? split.en : split.zh }];
}

const textIfAny = (value: string): Text[] => (value ? [{ type: 'text', value }] : []);

function trimEdge(children: PhrasingContent[], edge: 'start' | 'end'): PhrasingContent[] {
	const index = edge === 'start' ? 0 : children.length - 1;
	const node = children[index];
	if (node?.type === 'text') {
		const value = edge === 'start' ? node.value.trimStart() : node.value.trimEnd();
		const copy = [...children];
		if (value) copy[index] = { ...node, value };
		else copy.splice(index, 1);
		return copy;
	}
	return children;
}
