/** remark plugin: records the opening sentences of the note's first section (its abstract) in each language, for descriptions, feeds and link previews. */
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { langBlockOf, type BlockLang } from './remark-bilingual.ts';
import { pageData } from './remark-page-data.ts';

/** Longest summary, in characters: Chinese says as much in about half as many. */
export const summaryLength: Record<BlockLang, number> = { en: 300, zh: 150 };

export default function remarkSummary() {
	return (tree: Root, file: VFile) => {
		let texts: Record<BlockLang, string[]> = { en: [], zh: [] };
		// The first stretch between headings that has any text: the abstract, or an introduction before any heading.
		for (const section of sections(tree.children)) {
			texts = { en: [], zh: [] };
			for (const node of section) collect(node, texts, ['en', 'zh']);
			if (texts.en.length > 0 || texts.zh.length > 0) break;
		}
		pageData(file).summary = { en: excerpt(texts.en.join(' '), 'en'), zh: excerpt(texts.zh.join(' '), 'zh') };
	};
}

/** The top-level nodes between one heading and the next (and before the first). */
function* sections(children: RootContent[]): Generator<RootContent[]> {
	let section: RootContent[] = [];
	for (const node of children) {
		if (node.type === 'heading') {
			yield section;
			section = [];
		} else section.push(node);
	}
	yield section;
}

function collect(node: Nodes, texts: Record<BlockLang, string[]>, langs: BlockLang[]): void {
	const lang = langBlockOf(node);
	const into = lang ? [lang] : langs;
	if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
		const text = plainText(node).replace(/\s+/g, ' ').trim();
		if (text) for (const l of into) texts[l].push(text);
		return;
	}
	if (node.type === 'code' || node.type === 'math' || node.type === 'html') return;
	if ('children' in node) for (const child of node.children as Nodes[]) collect(child, texts, into);
}

/** A node's text as read: MDX expressions (`{count}`) are code, not words, and raw HTML is left out. */
function plainText(node: Nodes): string {
	if ((node.type as string) === 'mdxTextExpression' || node.type === 'html') return '';
	if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
	return toString(node);
}

/** Whole sentences (as ICU splits them: "et al., 2023" is no end) up to the language's length; a longer first sentence is cut at a word and marked `…`. */
export function excerpt(text: string, lang: BlockLang): string {
	const max = summaryLength[lang];
	if (text.length <= max) return text;
	let out = '';
	for (const { segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
		if ((out + segment).trimEnd().length > max) break;
		out += segment;
	}
	if (out.trim()) return out.trim();
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
