/** Reads how an old note lays out its two languages (side-by-side table, `展开原文` details, English in a comment, MkDocs admonition, or plain text) into headings and language blocks. */
import type { Heading, RootContent } from 'mdast';
import { admonitionBody, admonitionMarker } from './admonition.ts';
import { normalizeHeading } from './headings.ts';
import { itemsOf, type BlockItem, type CommentItem, type Item, type TagItem } from './items.ts';
import { languageOfNodes, languageOfText, type Lang } from './language.ts';
import { blockPart, unquotedPart, type Part, type Piece } from './pieces.ts';

export interface LayoutHooks {
	/** The content of the `基本信息` block (or a metadata list written without one). */
	metadata(items: Item[]): void;
	/** Whether a list is a metadata list (`- 标题: …`). */
	isMetadataList(item: BlockItem): boolean;
	/** The note's first heading when it is a `#` one: its name. */
	name(heading: Heading): void;
}

export function layout(items: Item[], hooks: LayoutHooks): Piece[] {
	return new Layout(items, hooks).read();
}

interface Entry {
	parts: Part[];
	lang: Lang | undefined;
}

const isTag = (item: Item | undefined, name: string, closing = false): boolean =>
	item?.kind === 'tag' && item.name === name && item.closing === closing;
const isHeading = (item: Item | undefined): boolean => item?.kind === 'block' && item.node.type === 'heading';
const nodesOf = (items: Item[]): RootContent[] => items.flatMap((item) => (item.kind === 'block' ? [item.node] : []));
const rawPart = (item: Item): Part => ({ source: item.source, start: item.start, end: item.end, nodes: item.kind === 'block' ? [item.node] : [] });
const describe = (tag: TagItem): string => `<${tag.closing ? '/' : ''}${tag.name}>`;

class Layout {
	private readonly items: Item[];
	private readonly hooks: LayoutHooks;
	private i = 0;
	private readonly pieces: Piece[] = [];
	/** Plain text waiting to be sorted into language blocks. */
	private flow: Entry[] = [];
	private sawHeading = false;
	private sawSection = false;
	private sawMetadata = false;
	/** The first text above the `基本信息` block, if any. */
	private textAbove: Item | undefined;

	constructor(items: Item[], hooks: LayoutHooks) {
		this.items = items;
		this.hooks = hooks;
	}

	read(): Piece[] {
		while (this.i < this.items.length) {
			const item = this.items[this.i]!;
			if (item.kind === 'block') this.block(item);
			else if (item.kind === 'comment') this.comment(item);
			else this.tag(item);
		}
		this.flushFlow();
		return this.pieces;
	}

	private emit(piece: Piece): void {
		this.flushFlow();
		if (piece.kind === 'heading' || piece.parts.length > 0) this.pieces.push(piece);
	}

	private addFlow(item: Item, parts: Part[], lang: Lang | undefined): void {
		if (!this.sawMetadata && !this.sawSection && !this.textAbove) this.textAbove = item;
		this.flow.push({ parts, lang });
	}

	/** Plain text: each run of blocks in one language is one block; formulas, pictures and the like go with the text around them. */
	private flushFlow(): void {
		const entries = this.flow;
		this.flow = [];
		const langs = entries.map((entry) => entry.lang);
		for (let k = 0; k < langs.length; k++) langs[k] ??= langs.slice(0, k).findLast(Boolean) ?? langs.slice(k + 1).find(Boolean);
		for (let k = 0; k < entries.length; k++) {
			const last = this.pieces.at(-1);
			const continues = k > 0 && langs[k] === langs[k - 1] && last?.kind === 'text';
			if (continues) last.parts.push(...entries[k]!.parts);
			else this.pieces.push({ kind: 'text', lang: langs[k], parts: [...entries[k]!.parts] });
		}
	}

	private block(item: BlockItem): void {
		const node = item.node;
		if (node.type === 'heading') {
			this.i++;
			const first = !this.sawHeading;
			this.sawHeading = true;
			if (first && node.depth === 1) return this.hooks.name(node);
			this.sawSection = true;
			normalizeHeading(item.source, node);
			return this.emit({ kind: 'heading', source: item.source, node });
		}
		const marker = node.type === 'paragraph' ? admonitionMarker(item.source, node) : undefined;
		if (marker) return this.admonition(item, marker);
		if (!this.sawMetadata && !this.sawSection && node.type === 'list' && this.hooks.isMetadataList(item)) {
			this.i++;
			return this.metadata([item]);
		}
		this.i++;
		this.addFlow(item, [blockPart(item)], languageOfNodes([node]));
	}

	private tag(tag: TagItem): void {
		if (isTag(tag, 'details')) return this.details(tag);
		if (isTag(tag, 'table')) return this.table(tag);
		this.i++;
		// A `<br>` between blocks is spacing; any other layout tag out of place is reported.
		if (tag.name !== 'br') tag.source.report(tag.start, `stray ${describe(tag)} left out`);
	}

	private metadata(items: Item[]): void {
		if (this.sawMetadata) {
			items[0]?.source.report(items[0].start, '基本信息: a second block, read like the first');
		}
		this.sawMetadata = true;
		if (this.textAbove && !this.sawSection) {
			this.textAbove.source.report(this.textAbove.start, 'text above the 基本信息 block kept at the top of the note');
		}
		this.hooks.metadata(items);
	}

	/** `<!-- English -->` followed by the Chinese text: the comment held the original. */
	private comment(comment: CommentItem): void {
		const body = comment.source.text.slice(comment.bodyStart, comment.bodyEnd);
		let next = this.i + 1;
		while (isTag(this.items[next], 'br')) next++;
		const after = this.items[next];
		if (languageOfText(body) === 'en' && after?.kind === 'block' && after.node.type !== 'heading' && languageOfNodes([after.node]) === 'zh') {
			this.i = next;
			this.emit({ kind: 'text', lang: 'en', parts: this.contentParts(itemsOf(comment.source.piece(comment.bodyStart, comment.bodyEnd))) });
			return this.chineseAfter();
		}
		this.i++;
		if (comment.bodyEnd === comment.end) comment.source.report(comment.start, 'comment never closed: kept as written, it hides the rest of the note');
		this.addFlow(comment, [rawPart(comment)], undefined);
	}

	/** Parts of the content of a cell or a details block: layout spacing (`<br>`) dropped, quotes of the original unquoted. */
	private contentParts(items: Item[], unquote = false): Part[] {
		return items.flatMap((item) => {
			if (isTag(item, 'br')) return [];
			if (item.kind === 'block') return [unquote && item.node.type === 'blockquote' ? unquotedPart(item) : blockPart(item)];
			return [rawPart(item)];
		});
	}

	/** The Chinese translation that follows an original: blocks up to the next heading, layout or English text. */
	private chineseAfter(): void {
		const parts: Part[] = [];
		for (; this.i < this.items.length; this.i++) {
			const item = this.items[this.i]!;
			if (isTag(item, 'br')) continue;
			if (item.kind !== 'block' || item.node.type === 'heading' || languageOfNodes([item.node]) === 'en') break;
			if (item.node.type === 'paragraph' && admonitionMarker(item.source, item.node)) break;
			parts.push(blockPart(item));
		}
		this.emit({ kind: 'text', lang: 'zh', parts });
	}

	/** Index of the item that closes the element opened at `open`, how it is closed, or where it is cut short. */
	private findClose(open: number, name: string): { at: number; by: 'tag' | 'details' | 'unclosed' } {
		let depth = 0;
		let details = 0;
		for (let k = open + 1; k < this.items.length; k++) {
			const item = this.items[k]!;
			if (isTag(item, name)) depth++;
			else if (isTag(item, name, true) && depth-- === 0) return { at: k, by: 'tag' };
			else if (name === 'table' && isTag(item, 'details')) details++;
			else if (name === 'table' && isTag(item, 'details', true) && details-- === 0) return { at: k, by: 'details' };
		}
		// Never closed: up to the next heading.
		let k = open + 1;
		while (k < this.items.length && !isHeading(this.items[k])) k++;
		return { at: k, by: 'unclosed' };
	}

	private reportUnclosed(open: TagItem, at: number): void {
		const cut = this.items[at];
		open.source.report(open.start, `<${open.name}> never closed: closed ${cut ? `before the heading on line ${cut.source.lineOf(cut.start)}` : 'at the end of the note'}`);
	}

	private details(open: TagItem): void {
		const start = this.i;
		let k = start + 1;
		let summary = '';
		if (isTag(this.items[k], 'summary')) {
			const close = this.items.findIndex((item, index) => index > k && (isTag(item, 'summary', true) || isTag(item, 'details', true)));
			const end = close < 0 ? k + 1 : close;
			summary = this.items
				.slice(k + 1, end)
				.map((item) => item.source.slice(item.start, item.end))
				.join(' ');
			k = isTag(this.items[end], 'summary', true) ? end + 1 : end;
		}
		const close = this.findClose(start, 'details');
		if (close.by === 'unclosed') this.reportUnclosed(open, close.at);
		const inner = this.items.slice(k, close.at);
		this.i = close.by === 'unclosed' ? close.at : close.at + 1;
		if (/基本信息/.test(summary)) return this.metadata(inner);
		if (/原文|original|english|英文/i.test(summary)) {
			this.emit({ kind: 'text', lang: 'en', parts: this.contentParts(inner, true) });
			return this.chineseAfter();
		}
		// Any other `<details>` is content: kept as written.
		const last = close.by === 'unclosed' ? close.at : close.at + 1;
		const closeItem = this.items[last - 1]!;
		const nodes = nodesOf(this.items.slice(start, last));
		const parts = closeItem.source === open.source ? [{ source: open.source, start: open.start, end: closeItem.end, nodes }] : this.items.slice(start, last).map(rawPart);
		this.addFlow(open, parts, languageOfNodes(nodes));
	}

	private table(open: TagItem): void {
		const start = this.i;
		const close = this.findClose(start, 'table');
		const inner = this.items.slice(start + 1, close.at);
		this.i = close.by === 'unclosed' ? close.at : close.at + 1;
		const closeItem = this.items[close.at];
		if (close.by === 'unclosed') this.reportUnclosed(open, close.at);
		if (close.by === 'details') {
			open.source.report(closeItem!.start, '<table> closed by </details>: read as the end of the English text, the text after it as its Chinese translation');
		}
		if (!this.isLayoutTable(inner)) {
			// A table of data written in HTML: content, kept as written.
			const nodes = nodesOf(inner);
			const end = close.by === 'tag' && closeItem!.source === open.source ? closeItem!.end : (inner.at(-1) ?? open).end;
			return this.addFlow(open, [{ source: open.source, start: open.start, end, nodes }], languageOfNodes(nodes));
		}
		for (const row of this.rows(inner)) this.emitRow(row);
		if (close.by === 'details') this.chineseAfter();
	}

	/** A side-by-side table has at most two cells a row and no header cells. */
	private isLayoutTable(inner: Item[]): boolean {
		if (inner.some((item) => isTag(item, 'th'))) return false;
		let cells = 0;
		let depth = 0;
		for (const item of inner) {
			if (isTag(item, 'table')) depth++;
			else if (isTag(item, 'table', true)) depth--;
			else if (depth === 0 && isTag(item, 'tr', true)) break;
			else if (depth === 0 && isTag(item, 'td')) cells++;
		}
		return cells <= 2;
	}

	/** The cells of each row, each cell the parts of its content. */
	private rows(inner: Item[]): Part[][][] {
		const rows: Part[][][] = [];
		let row: Part[][] = [];
		let cell: Part[] | undefined;
		let depth = 0;
		const endRow = () => {
			if (row.length > 0) rows.push(row);
			row = [];
			cell = undefined;
		};
		for (const item of inner) {
			if (item.kind === 'tag' && depth === 0 && ['td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'br'].includes(item.name)) {
				if (item.name === 'tr') endRow();
				else if (item.name === 'td' || item.name === 'th') {
					if (item.closing && !cell) item.source.report(item.start, `stray ${describe(item)} left out`);
					cell = item.closing ? undefined : [];
					if (cell) row.push(cell);
				}
				continue;
			}
			if (isTag(item, 'table')) depth++;
			if (isTag(item, 'table', true)) depth--;
			if (!cell) {
				if (item.kind === 'block' || item.kind === 'comment') item.source.report(item.start, 'text outside the cells of a <table> kept as a cell of its own');
				cell = [];
				row.push(cell);
			}
			cell.push(...this.contentParts([item]));
		}
		endRow();
		return rows;
	}

	/** A row: English left, Chinese right (an empty cell gives no block); a single cell in the language it is written in. */
	private emitRow(cells: Part[][]): void {
		const langOf = (cell: Part[]) => languageOfNodes(cell.flatMap((part) => part.nodes));
		if (cells.length === 1) return this.emit({ kind: 'text', lang: langOf(cells[0]!), parts: cells[0]! });
		let [en = [], zh = [], ...rest] = cells;
		if (langOf(en) === 'zh' && langOf(zh) === 'en') {
			en[0]!.source.report(en[0]!.start, 'Chinese on the left and English on the right: swapped');
			[en, zh] = [zh, en];
		}
		const extra = rest.find((cell) => cell.length > 0)?.[0];
		if (extra) extra.source.report(extra.start, `a row of ${cells.length} cells: the cells after the second kept as blocks of their own`);
		this.emit({ kind: 'text', lang: 'en', parts: en });
		this.emit({ kind: 'text', lang: 'zh', parts: zh });
		for (const cell of rest) this.emit({ kind: 'text', lang: langOf(cell), parts: cell });
	}

	/** `!!! Note` and its indented body: English, `---`, Chinese. */
	private admonition(item: BlockItem, marker: { title?: string }): void {
		const { end, body } = admonitionBody(item.source, item.start);
		if (end <= item.end) {
			item.source.report(item.start, `MkDocs admonition "${item.source.text.slice(item.start, item.end).split('\n')[0]}" has no indented text: kept as written`);
			this.i++;
			return this.addFlow(item, [blockPart(item)], languageOfNodes([item.node]));
		}
		while (this.i < this.items.length && this.items[this.i]!.source === item.source && this.items[this.i]!.start < end) this.i++;
		if (marker.title) item.source.report(item.start, `MkDocs admonition title "${marker.title}" not kept (the site has no admonitions)`);
		const groups: Item[][] = [[]];
		for (const inner of itemsOf(body)) {
			if (inner.kind === 'block' && inner.node.type === 'thematicBreak') groups.push([]);
			else groups.at(-1)!.push(inner);
		}
		if (groups.length === 1) {
			for (const inner of groups[0]!) this.addFlow(inner, this.contentParts([inner]), inner.kind === 'block' ? languageOfNodes([inner.node]) : undefined);
			return;
		}
		groups.forEach((group, index) => {
			const fallback: Lang | undefined = index === 0 ? 'en' : index === 1 ? 'zh' : undefined;
			this.emit({ kind: 'text', lang: languageOfNodes(nodesOf(group)) ?? fallback, parts: this.contentParts(group) });
		});
	}
}
