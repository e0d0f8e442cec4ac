/**
 * remark plugin: warns of a footnote label defined twice (as happens when a note's `:::en` and `:::zh` blocks each
 * define `[^1]`): GFM shows only the first definition, and the second would vanish without a word.
 */
import type { FootnoteDefinition, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';

/** The nodes that hold blocks, a footnote definition among them (`.mdx` notes' JSX elements too). */
const blockContainers = new Set(['containerDirective', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement']);

export default function remarkFootnoteLabels() {
	return (tree: Root, file: VFile) => {
		const seen = new Set<string>();
		// Definitions are blocks: only what holds blocks is looked into, not every node of every paragraph.
		const visit = (parent: Parent) => {
			for (const node of parent.children) {
				if (node.type === 'footnoteDefinition') check(node);
				if (blockContainers.has(node.type)) visit(node as Parent);
			}
		};
		const check = (node: FootnoteDefinition) => {
			if (!seen.has(node.identifier)) return void seen.add(node.identifier);
			file.message(`Footnote [^${node.label ?? node.identifier}] is defined twice, and this definition is never shown: give each its own label (in a bilingual note, e.g. [^1] in :::en and [^1-zh] in :::zh)`, {
				place: node.position,
				source: 'note-footnotes',
				ruleId: 'duplicate-label',
			});
		};
		visit(tree);
	};
}
