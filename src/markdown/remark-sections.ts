/** remark plugin: removes sections with no text yet (a heading followed by a heading of the same or a higher level, or by the end) and records them as `pendingSections`. */
import type { Nodes, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { headingHalves, type HeadingText } from './remark-bilingual-headings.ts';
import { pageData } from './remark-page-data.ts';

export default function remarkSections() {
	return (tree: Root, file: VFile) => {
		const pending: HeadingText[] = [];
		const kept: RootContent[] = [];
		// Backwards, so that a section whose subsections are all empty is empty too.
		let next: RootContent | undefined;
		let trailing: RootContent[] = []; // nodes without text between this node and `next`
		for (let i = tree.children.length - 1; i >= 0; i--) {
			const node = tree.children[i]!;
			if (node.type === 'heading') {
				const empty = next === undefined || (next.type === 'heading' && next.depth <= node.depth);
				if (empty) {
					pending.unshift(headingHalves(node));
					// Empty blocks and comments go with their heading; definitions are used elsewhere.
					trailing = trailing.filter((n) => n.type === 'definition' || n.type === 'footnoteDefinition');
					continue;
				}
			}
			if (!hasContent(node)) {
				trailing.unshift(node);
				continue;
			}
			kept.unshift(node, ...trailing);
			trailing = [];
			next = node;
		}
		tree.children = [...trailing, ...kept];
		pageData(file).pendingSections = pending;
	};
}

/** Whether a node shows anything: HTML comments, link definitions and empty blocks do not. */
export function hasContent(node: Nodes): boolean {
	switch (node.type) {
		case 'definition':
		case 'footnoteDefinition':
			return false;
		case 'html':
			return node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() !== '';
		case 'text':
			return node.value.trim() !== '';
		default:
			if ('children' in node) return (node.children as Nodes[]).some(hasContent);
			return true; // code, math, images, breaks, thematic breaks...
	}
}
