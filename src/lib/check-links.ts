/** Finds the internal links and `#anchors` of a built site that lead nowhere; external links are not fetched. */
import type { PageFacts } from './page-facts.ts';

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

// Any host would do: it only gives relative links something to resolve against.
const ORIGIN = 'http://site.invalid';

/** `notes/x/index.html` → `/notes/x/`: the address a static host serves the file at (under `base`). */
function pageUrl(page: string, base: string): string {
	return base + page.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Checks every link of every page in `pages` (site path → its facts) against the site's `files`
 * (every site path, pages included). A link to a folder needs its `index.html`; a fragment needs
 * an element with that id (or `<a name>`) on the target page; `#` and `#top` always work.
 */
export function checkLinks(pages: ReadonlyMap<string, Pick<PageFacts, 'anchors' | 'links'>>, files: ReadonlySet<string>, options: LinkCheckOptions = {}): BrokenLink[] {
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const siteOrigin = options.site ? new URL(options.site).origin : undefined;
	const broken: BrokenLink[] = [];

	for (const [page, { links }] of pages) {
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
			const anchors = pages.get(target)?.anchors;
			const fragment = decoded(url.hash.slice(1));
			if (!anchors || fragment === '' || fragment.toLowerCase() === 'top') continue;
			const where = target === page ? 'this page' : pageUrl(target, base);
			if (!anchors.has(fragment)) report(link, `no element with id "${fragment}" on ${where}`);
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

/** One line per broken link: `notes/x/index.html: "/notes/y/": no page or file at /notes/y/`. */
export const formatBrokenLink = ({ page, link, reason }: BrokenLink): string => `${page}: ${JSON.stringify(link)}: ${reason}`;
