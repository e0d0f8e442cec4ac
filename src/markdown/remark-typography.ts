/** remark plugin: SmartyPants typography (curly quotes, dashes, ellipses), run only on notes with something for it to change. */
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { EXIT, visit } from 'unist-util-visit';

// What SmartyPants rewrites. Without any of it in the text its pass changes nothing, yet it parses
// every sentence of the note twice: about half the Markdown time of a note without quotes.
const candidates = /["'`]|--|\.\.\./;

export default function remarkTypography() {
	// Typed as a unified plugin; it is a plain factory of a synchronous transform.
	const smartypants = (remarkSmartypants as unknown as () => (tree: Root) => void)();
	return (tree: Root) => {
		let found = false;
		visit(tree, 'text', (node) => {
			if (!candidates.test(node.value)) return;
			found = true;
			return EXIT;
		});
		if (found) smartypants(tree);
	};
}
