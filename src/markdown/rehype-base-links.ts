/** rehype plugin: root-relative links and images in a note (`/notes/x/`) get the site's base path, so they work under a project sub-path. */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface BaseLinksOptions {
	/** The site's base, with both slashes (`/paper-notes/`); `/` changes nothing. */
	base?: string;
}

const urlAttributes = ['href', 'src', 'poster'] as const;

export default function rehypeBaseLinks({ base = '/' }: BaseLinksOptions = {}) {
	return (tree: Root) => {
		if (base === '/') return;
		visit(tree, 'element', (node) => {
			for (const name of urlAttributes) {
				const value = node.properties[name];
				// `//host/x` is another site; a link already under the base was written for it.
				if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith(base)) continue;
				node.properties[name] = base + value.slice(1);
			}
		});
	};
}
