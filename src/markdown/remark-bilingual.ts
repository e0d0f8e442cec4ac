/** remark plugin: `:::en`/`:::zh` blocks become language blocks (paired ones wrapped in `div.bilingual`); any other directive goes back to the text the author wrote. */
import type { Nodes, Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type {} from 'mdast-util-to-hast'; // types only: `hProperties`, hast `raw` nodes
import type { VFile } from 'vfile';
import { hasContent } from './remark-sections.ts';

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** The `lang` attribute of each language a block can be written in. */
export const BLOCK_LANGS = { en: 'en', zh: 'zh-CN' } as const;
export type BlockLang = keyof typeof BLOCK_LANGS;

const isDirective = (node: Nodes): node is Directive =>
	node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';

/** Whether `node` is one of our language blocks (after this plugin has run). */
export function langBlockOf(node: Nodes): BlockLang | undefined {
	if (node.type !== 'containerDirective') return undefined;
	const lang = (node.data as { langBlock?: BlockLang } | undefined)?.langBlock;
	return lang;
}

export default function remarkBilingual() {
	return (tree: Root, file: VFile) => {
		const source = sourceText(file);
		transformChildren(tree, source);
	};
}

function sourceText(file: VFile): string | undefined {
	const value = file.value as unknown;
	if (typeof value === 'string') return value;
	if (value instanceof Uint8Array) return new TextDecoder().decode(value);
	return undefined;
}

function transformChildren(parent: Parent, source: string | undefined): void {
	const out: RootContent[] = [];
	for (const child of parent.children as RootContent[]) {
		if ('children' in child) transformChildren(child as Parent, source);
		if (!isDirective(child)) {
			out.push(child);
		} else if (child.type === 'containerDirective' && (child.name === 'en' || child.name === 'zh')) {
			// A translation not written yet (`:::zh` then `:::`) is left out, so its partner shows in both languages meanwhile.
			if (!hasContent(child)) continue;
			markLangBlock(child, child.name);
			out.push(child);
		} else {
			out.push(...literal(child, source));
		}
	}
	parent.children = pairBlocks(mergeTexts(out)) as Parent['children'];
}

function markLangBlock(node: ContainerDirective, lang: BlockLang): void {
	node.data = {
		...node.data,
		langBlock: lang,
		hName: 'div',
		hProperties: { className: ['lang-block'], dataLang: lang, lang: BLOCK_LANGS[lang] },
	} as ContainerDirective['data'];
}

/** Wraps each en+zh (or zh+en) pair of neighbouring blocks in `div.bilingual`, en first; marks the rest `data-solo`. */
function pairBlocks(children: RootContent[]): RootContent[] {
	const out: RootContent[] = [];
	for (let i = 0; i < children.length; i++) {
		const node = children[i]!;
		const lang = langBlockOf(node);
		if (!lang) {
			out.push(node);
			continue;
		}
		const next = children[i + 1];
		const nextLang = next && langBlockOf(next);
		if (next && nextLang && nextLang !== lang) {
			const [en, zh] = lang === 'en' ? [node, next] : [next, node];
			const wrapper: ContainerDirective = {
				type: 'containerDirective',
				name: 'bilingual',
				attributes: {},
				children: [en as ContainerDirective, zh as ContainerDirective],
				data: { bilingualPair: true, hName: 'div', hProperties: { className: ['bilingual'] } } as ContainerDirective['data'],
			};
			if (node.position && next.position) wrapper.position = { start: node.position.start, end: next.position.end };
			out.push(wrapper);
			i++;
		} else {
			const props = (node.data as { hProperties: Record<string, unknown> }).hProperties;
			props.dataSolo = '';
			out.push(node);
		}
	}
	return out;
}

/** What the author wrote for a directive that is not ours, as Markdown nodes again. */
function literal(node: Directive, source: string | undefined): RootContent[] {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	const written = source !== undefined && start !== undefined && end !== undefined ? source.slice(start, end) : undefined;
	if (node.type === 'textDirective') {
		return [text(written ?? reconstruct(node), node)];
	}
	if (node.type === 'leafDirective') {
		return [paragraph(written ?? '::' + reconstruct(node).slice(1), node)];
	}
	// A container: its opening line, its (already transformed) content, its closing fence.
	const opening = written !== undefined ? written.split('\n', 1)[0]!.trimEnd() : ':::' + reconstruct(node).slice(1);
	const content = node.children.filter((child) => !(child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel);
	const lastLine = written?.slice(written.lastIndexOf('\n') + 1).replace(/^[\s>]*/, '') ?? '';
	const closed = written !== undefined && written.includes('\n') && /^:{3,}\s*$/.test(lastLine);
	const out: RootContent[] = [paragraph(opening, node, 'start'), ...(content as RootContent[])];
	if (closed) out.push(paragraph(lastLine.trim(), node, 'end'));
	return out;
}

function reconstruct(node: Directive): string {
	const label = node.type === 'containerDirective' ? '' : node.children.length > 0 ? `[${toString(node)}]` : '';
	const attributes = Object.entries(node.attributes ?? {})
		.map(([key, value]) => (value ? `${key}="${value}"` : key))
		.join(' ');
	return `:${node.name}${label}${attributes ? `{${attributes}}` : ''}`;
}

function text(value: string, from: Nodes): Text {
	return from.position ? { type: 'text', value, position: from.position } : { type: 'text', value };
}

function paragraph(value: string, from: Nodes, edge?: 'start' | 'end'): Paragraph {
	const node: Paragraph = { type: 'paragraph', children: [{ type: 'text', value }] };
	const place = edge === 'end' ? from.position?.end : from.position?.start;
	if (place) node.position = { start: place, end: place };
	return node;
}

/** Joins neighbouring text nodes (a directive turned back into text sits between two). */
function mergeTexts(children: RootContent[]): RootContent[] {
	const out: RootContent[] = [];
	for (const child of children) {
		const last = out[out.length - 1];
		if (last?.type === 'text' && child.type === 'text') {
			const merged: Text = { type: 'text', value: last.value + child.value };
			if (last.position && child.position) merged.position = { start: last.position.start, end: child.position.end };
			out[out.length - 1] = merged;
		} else {
			out.push(child);
		}
	}
	return out;
}
