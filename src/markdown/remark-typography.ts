/** remark plugin: SmartyPants typography (curly quotes, dashes, ellipses), run only on the blocks with something for it to change. */
import type { Heading, Paragraph, Root, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';
import { SKIP, visit } from 'unist-util-visit';

// What SmartyPants rewrites. A block without any of it is left as it is: SmartyPants parses every
// sentence it is given twice, which was about half the Markdown time of a note.
const candidates = /["'`]|--|\.\.\./;

type Block = Paragraph | Heading | TableCell;

export default function remarkTypography() {
	// Typed as a unified plugin; it is a plain factory of a synchronous transform.
	const smartypants = (remarkSmartypants as unknown as () => (tree: Root) => void)();
	return (tree: Root) => {
		const blocks: Block[] = [];
		visit(tree, (node) => {
			if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
			if (candidates.test(toString(node))) blocks.push(node);
			return SKIP;
		});
		// SmartyPants reads the blocks it visits as one text with a space before each; the quotes of a
		// block depend only on the characters beside them, so a block gets the same result alone.
		if (blocks.length > 0) smartypants({ type: 'root', children: blocks as Root['children'] });
	};
}
