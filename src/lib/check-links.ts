/** Finds the internal links and `#anchors` of a built site that lead nowhere; external links are not fetched. */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface BrokenLink {
	/** The page, as a path in the built site (`notes/salmonn/index.html`). */
	page: string;
	/** The link as written in the page. */
	link: string;
	reason: string;
}

export interface LinkCheckOptions {
	/** The site's base path (`config.base`): every internal link must stay under it. */
	base?: string;
	/** The site's own origin (`config.site`): absolute links to it are internal too. */
	site?: string;
}

/** Attributes that point at another page or file, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src', 'srcSet'],
	source: ['src', 'srcSet'],
	script: ['src'],
	iframe: ['src'],
	embed: ['src'],
	object: ['data'],
	audio: ['src'],
	video: ['src', 'poster'],
	track: ['src'],
	form: ['action'],
};

// Any host would do: it only gives relative links something to resolve against.
const ORIGIN = 'http://site.invalid';

/** `notes/x/index.html` → `/notes/x/`: the address a static host serves the file at (under `base`). */
function pageUrl(page: string, base: string): string {
	return base + page.replace(/(^|\/)index\.html$/, '$1');
}

/** The URLs in one attribute value (a `srcset` holds several). */
function urlsOf(attribute: string, value: string): string[] {
	if (attribute !== 'srcSet') return [value];
	return value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

interface ParsedPage {
	/** `id`s and `<a name>`s a fragment can point at. */
	anchors: Set<string>;
	links: string[];
}

function parse(html: string): ParsedPage {
	const anchors = new Set<string>();
	const links: string[] = [];
	visit(fromHtml(html), 'element', (node: Element) => {
		const { id, name } = node.properties;
		if (typeof id === 'string') anchors.add(id);
		if (node.tagName === 'a' && typeof name === 'string') anchors.add(name);
		for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
			const value = node.properties[attribute];
			// hast splits a srcset into its candidates
			for (const item of Array.isArray(value) ? value : typeof value === 'string' ? [value] : []) links.push(...urlsOf(attribute, String(item)));
		}
	});
	return { anchors, links };
}

/**
 * Checks every link of every page in `pages` (site path → HTML) against the site's `files`
 * (every site path, pages included). A link to a folder needs its `index.html`; a fragment needs
 * an element with that id (or `<a name>`) on the target page; `#` and `#top` always work.
 */
export function checkLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>, options: LinkCheckOptions = {}): BrokenLink[] {
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const siteOrigin = options.site ? new URL(options.site).origin : undefined;
	const parsed = new Map([...pages].map(([page, html]) => [page, parse(html)]));
	const broken: BrokenLink[] = [];

	for (const [page, { links }] of parsed) {
		const reported = new Set<string>();
		const report = (link: string, reason: string) => {
			if (reported.has(link)) return;
			reported.add(link);
			broken.push({ page, link, reason });
		};
		for (const link of links) {
			let url: URL;
			try {
				url = new URL(link, ORIGIN + pageUrl(page, base));
			} catch {
				report(link, 'not a valid URL');
				continue;
			}
			if (url.protocol !== 'http:' && url.protocol !== 'https:') continue; // mailto:, tel:
			if (url.origin !== ORIGIN && url.origin !== siteOrigin) continue; // external: not fetched

			const pathname = decoded(url.pathname);
			if (!`${pathname}/`.startsWith(base)) {
				report(link, `outside the site's base path ${base}`);
				continue;
			}
			const rest = pathname.slice(base.length);
			const target = [rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest, `${rest}/index.html`].find((file) => files.has(file));
			if (target === undefined) {
				report(link, `no page or file at ${pathname}`);
				continue;
			}

			// A fragment of another kind of file (`paper.pdf#page=2`) is that file's business.
			const anchors = parsed.get(target)?.anchors;
			const fragment = decoded(url.hash.slice(1));
			if (!anchors || fragment === '' || fragment.toLowerCase() === 'top') continue;
			if (!anchors.has(fragment)) report(link, `no element with id "${fragment}" on ${pageUrl(target, base)}`);
		}
	}
	return broken;
}

/** Percent-decoded, or as it is when it does not decode (then it matches no file or id, and is reported). */
function decoded(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** One line per broken link: `notes/x/index.html: "/notes/y/" (no page or file at /notes/y/)`. */
export const formatBrokenLink = ({ page, link, reason }: BrokenLink): string => `${page}: ${JSON.stringify(link)} (${reason})`;
