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
		const texts: Record<BlockLang, string[]> = { en: [], zh: [] };
		for (const node of firstSection(tree.children)) collect(node, texts, ['en', 'zh']);
		pageData(file).summary = { en: excerpt(texts.en.join(' '), summaryLength.en), zh: excerpt(texts.zh.join(' '), summaryLength.zh) };
	};
}

/** The nodes under the first heading that has any (or before any heading). */
function firstSection(children: RootContent[]): RootContent[] {
	const start = children[0]?.type === 'heading' ? 1 : 0;
	const end = children.findIndex((node, i) => i >= start && node.type === 'heading');
	return children.slice(start, end === -1 ? undefined : end);
}

function collect(node: Nodes, texts: Record<BlockLang, string[]>, langs: BlockLang[]): void {
	const lang = langBlockOf(node);
	const into = lang ? [lang] : langs;
	if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
		const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
		if (text) for (const l of into) texts[l].push(text);
		return;
	}
	if (node.type === 'code' || node.type === 'math' || node.type === 'html') return;
	if ('children' in node) for (const child of node.children as Nodes[]) collect(child, texts, into);
}

/** Whole sentences up to `max` characters; a first sentence longer than that is cut at a word and marked `…`. */
export function excerpt(text: string, max: number): string {
	if (text.length <= max) return text;
	const sentences = text.match(/[^.!?。！？]+(?:[.!?。！？]+["'”’)]*\s*|$)/gu) ?? [text];
	let out = '';
	for (const sentence of sentences) {
		if ((out + sentence).trimEnd().length > max) break;
		out += sentence;
	}
	if (out.trim()) return out.trim();
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
