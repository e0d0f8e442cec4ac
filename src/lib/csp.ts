/** The Content-Security-Policy of each page: script only from this site, inline script only by the hash of what the site itself wrote. */
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';

/**
 * Where a note's own HTML ends up on a page. The sanitizer lets no script through, so a script
 * found in here means it failed (or an MDX component brought one): it is never allowed.
 */
const NOTE_CONTENT_CLASS = 'note-body';

/**
 * The policy for a page whose inline scripts hash to `hashes`.
 * - scripts: files from this origin, and the inline scripts by hash; no inline handlers (`on*`), no `javascript:` URLs, no eval;
 *   `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly (allows no JavaScript eval).
 * - styles: inline allowed, since KaTeX positions every glyph and Shiki colours code with `style` attributes
 *   (notes cannot write `style`: the sanitizer removes it).
 * - images: this site and any web host, since notes show figures from papers' sites.
 * - everything else (fetch, fonts, workers, frames, forms, `<base>`, plugins) this origin only, or nowhere.
 */
export function policy(hashes: readonly string[]): string {
	const directives = [
		["default-src", "'self'"],
		['script-src', "'self'", "'wasm-unsafe-eval'", ...[...new Set(hashes)].sort().map((hash) => `'${hash}'`)],
		['style-src', "'self'", "'unsafe-inline'"],
		['img-src', "'self'", 'https:', 'http:'],
		['object-src', "'none'"],
		['frame-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
	];
	return directives.map((directive) => directive.join(' ')).join('; ');
}

/** `sha256-…` of a script's text, as the browser hashes it (the parsed text: newlines normalised). */
export const scriptHash = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

export interface PagePolicy {
	/** The page with its `<meta http-equiv="Content-Security-Policy">` first in `<head>`. */
	html: string;
	/** Hashes of the inline scripts the policy allows. */
	hashes: string[];
	/** Inline scripts found inside note content (see `NOTE_CONTENT_CLASS`), not allowed. */
	noteScripts: string[];
}

/** Adds (or replaces) the page's policy meta tag, allowing exactly the inline scripts the page itself contains outside note content. */
export function withPolicy(html: string): PagePolicy {
	const tree: Root = fromHtml(html);
	const hashes: string[] = [];
	const noteScripts: string[] = [];
	let existing: Element | undefined;
	visitParents(tree, 'element', (node, ancestors) => {
		if (node.tagName === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy') existing = node;
		if (node.tagName !== 'script' || node.properties.src !== undefined) return;
		const inNote = ancestors.some((parent) => parent.type === 'element' && classes(parent).includes(NOTE_CONTENT_CLASS));
		if (inNote) noteScripts.push(toString(node).slice(0, 80));
		else hashes.push(scriptHash(toString(node)));
	});
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
	const start = existing?.position?.start.offset;
	const end = existing?.position?.end.offset;
	if (start !== undefined && end !== undefined) return { html: html.slice(0, start) + meta + html.slice(end), hashes, noteScripts };
	// First in <head> (after the charset, which must stay within the first bytes): a policy only covers what follows it.
	const head = /<head\b[^>]*>(\s*<meta charset=[^>]*>)?/i.exec(html);
	if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
	const at = head.index + head[0].length;
	return { html: html.slice(0, at) + meta + html.slice(at), hashes, noteScripts };
}

function classes(element: Element): string[] {
	const value = element.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
}
