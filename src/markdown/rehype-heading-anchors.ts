/**
 * rehype plugin: each heading with an id gets a link to itself, shown on hover or focus. The link sits beside
 * the heading (in `div.heading-wrapper`) so the heading's own name stays its text; its accessible name is the
 * page's label (`#heading-anchor-label`, in the page's language: one HTML serves both) followed by the heading.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Id of the hidden element on note pages that says "Link to section" in the page's language. */
export const anchorLabelId = 'heading-anchor-label';

export default function rehypeHeadingAnchors() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (!/^h[2-6]$/.test(node.tagName) || typeof node.properties.id !== 'string' || !parent || index === undefined) return;
			// GFM's visually hidden "Footnotes" heading gets no visible link.
			if (String(node.properties.className ?? '').includes('sr-only')) return;
			const anchor: Element = {
				type: 'element',
				tagName: 'a',
				properties: { className: ['heading-anchor'], href: `#${node.properties.id}`, ariaLabelledBy: [anchorLabelId, node.properties.id], dataPagefindIgnore: '' },
				// The "#" is drawn by CSS, so the link adds no text to the note (nor to its search index).
				children: [],
			};
			const wrapper: Element = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
				children: [node, anchor] as ElementContent[],
			};
			parent.children[index] = wrapper;
			return [SKIP, index + 1];
		});
	};
}
