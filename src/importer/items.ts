/** Flattens a parsed note into a stream of items: Markdown blocks, and the layout tags and comments of its raw HTML, each with its place in the source. */
import type { Paragraph, Root, RootContent } from 'mdast';
import { htmlTokens, type HtmlToken } from './html-tokens.ts';
import { parseMarkdown } from './parse.ts';
import type { SourceText } from './source.ts';

/** The HTML tags old notes lay out their languages with; any other HTML is content. */
export const LAYOUT_TAGS: ReadonlySet<string> = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'details', 'summary', 'br']);

interface Placed {
	source: SourceText;
	start: number;
	end: number;
}
export type BlockItem = Placed & { kind: 'block'; node: RootContent };
export type TagItem = Placed & { kind: 'tag'; name: string; closing: boolean; attrs: Record<string, string> };
export type CommentItem = Placed & { kind: 'comment'; bodyStart: number; bodyEnd: number };
export type Item = BlockItem | TagItem | CommentItem;

/** The items of a whole text (a note, or a piece of one). */
export function itemsOf(source: SourceText, tree: Root = parseMarkdown(source.text)): Item[] {
	return tree.children.flatMap((node) => itemsOfNode(source, node));
}

function itemsOfNode(source: SourceText, node: RootContent): Item[] {
	const start = node.position!.start.offset!;
	const end = node.position!.end.offset!;
	if (node.type === 'html') {
		const tokens = htmlTokens(node.value, LAYOUT_TAGS);
		if (tokens.every((token) => token.type === 'text')) return [{ kind: 'block', source, node, start, end }];
		return tokens.flatMap((token) => itemsOfToken(source, token, start));
	}
	if (node.type === 'paragraph') {
		const cut = layoutTagsIn(source, node);
		if (cut.length > 0) return cutParagraph(source, node, cut);
	}
	return [{ kind: 'block', source, node, start, end }];
}

function itemsOfToken(source: SourceText, token: HtmlToken, base: number): Item[] {
	const start = base + token.start;
	const end = base + token.end;
	switch (token.type) {
		case 'start':
			return [{ kind: 'tag', source, name: token.name, closing: false, attrs: token.attrs, start, end }];
		case 'end':
			return [{ kind: 'tag', source, name: token.name, closing: true, attrs: {}, start, end }];
		case 'comment':
			return [{ kind: 'comment', source, start, end, bodyStart: base + token.bodyStart, bodyEnd: base + token.bodyEnd }];
		case 'text':
			return textItems(source, start, end);
	}
}

/** Text among layout tags (a table cell written on one line, say) is read as Markdown of its own. */
function textItems(source: SourceText, start: number, end: number): Item[] {
	if (source.text.slice(start, end).trim() === '') return [];
	return itemsOf(source.piece(start, end));
}

/** Layout tags written inside a paragraph (`English text.</td><td>`): their offsets. */
function layoutTagsIn(source: SourceText, paragraph: Paragraph): TagItem[] {
	return paragraph.children.flatMap((child) => {
		if (child.type !== 'html') return [];
		const base = child.position!.start.offset!;
		return htmlTokens(child.value, LAYOUT_TAGS).flatMap((token) =>
			token.type === 'start' || token.type === 'end' ? (itemsOfToken(source, token, base) as TagItem[]) : [],
		);
	});
}

function cutParagraph(source: SourceText, paragraph: Paragraph, tags: TagItem[]): Item[] {
	const items: Item[] = [];
	let at = paragraph.position!.start.offset!;
	for (const tag of tags) {
		items.push(...textItems(source, at, tag.start), tag);
		at = tag.end;
	}
	items.push(...textItems(source, at, paragraph.position!.end.offset!));
	return items;
}
