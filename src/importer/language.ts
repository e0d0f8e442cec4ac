/** Tells English from Chinese text: which language a block is written in, if any (a formula or a picture alone has none). */
import type { Nodes } from 'mdast';
import { htmlText } from './html-tokens.ts';

export type Lang = 'en' | 'zh';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;

/** Chinese when it has at least as many Han characters as Latin words (Chinese text names English terms), English when it has Latin words only or mostly. */
export function languageOfText(text: string): Lang | undefined {
	const han = text.match(HAN)?.length ?? 0;
	const words = text.match(LATIN_WORD)?.length ?? 0;
	if (han === 0 && words === 0) return undefined;
	return han >= words ? 'zh' : 'en';
}

/** The language of some Markdown nodes' prose: their text and link texts; code, math, pictures and tags do not count. */
export const languageOfNodes = (nodes: Nodes[]): Lang | undefined => languageOfText(nodes.map(proseOf).join(' '));

function proseOf(node: Nodes): string {
	switch (node.type) {
		case 'text':
			return node.value;
		case 'html':
			return htmlText(node.value);
		case 'code':
		case 'inlineCode':
		case 'math':
		case 'inlineMath':
		case 'definition':
			return '';
		default:
			return 'children' in node ? (node.children as Nodes[]).map(proseOf).join(' ') : '';
	}
}
