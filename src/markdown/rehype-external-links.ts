/** rehype plugin: links to other hosts (http/https) open in a new tab, with `rel="noopener noreferrer"`. */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ExternalLinksOptions {
	/** The site's own host (e.g. `example.org`): absolute links to it are not external. */
	siteHost?: string;
}

/** Whether `href` is an http(s) link to a host other than `siteHost`. */
export function isExternal(href: string, siteHost?: string): boolean {
	if (!/^(?:https?:)?\/\//i.test(href.trim())) return false;
	try {
		const url = new URL(href.trim(), 'https://relative.invalid');
		return url.host.toLowerCase() !== siteHost?.toLowerCase();
	} catch {
		return false;
	}
}

export default function rehypeExternalLinks(options: ExternalLinksOptions = {}) {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			const href = node.properties.href;
			if (node.tagName !== 'a' || typeof href !== 'string' || !isExternal(href, options.siteHost)) return;
			node.properties.rel = ['noopener', 'noreferrer'];
			node.properties.target = '_blank';
		});
	};
}
