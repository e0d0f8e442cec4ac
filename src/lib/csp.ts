/** The Content-Security-Policy of each page: script only from this site, inline script only by the hash of what the site itself wrote. */
import { createHash } from 'node:crypto';
import type { PageFacts } from './page-facts.ts';

/**
 * The policy for a page whose inline scripts hash to `hashes`.
 * - scripts: files from this origin, and the inline scripts by hash; no inline handlers (`on*`), no `javascript:` URLs, no eval;
 *   `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly in the page when its worker cannot start (allows no JavaScript eval).
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

/**
 * The page (UTF-8 bytes, as Astro writes it) with its policy first in `<head>` (after the charset, which must stay
 * within the first bytes): a policy only covers what follows it.
 */
export function withPolicy(html: Uint8Array, hashes: readonly string[]): Uint8Array<ArrayBuffer> {
	// Read as Latin-1, a character per byte, so that offsets are byte offsets: the tags matched are ASCII.
	const head = /<head\b[^>]*>(\s*<meta charset=[^>]*>)?/i.exec(Buffer.from(html.buffer, html.byteOffset, html.byteLength).toString('latin1'));
	if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
	const at = head.index + head[0].length;
	const meta = Buffer.from(`<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`);
	const page = new Uint8Array(html.byteLength + meta.byteLength);
	page.set(html.subarray(0, at));
	page.set(meta, at);
	page.set(html.subarray(at), at + meta.byteLength);
	return page;
}

/** What is wrong with a page as rendered, before its policy goes in: a policy of its own, or a script in note content. */
export function policyProblems(facts: PageFacts): string[] {
	return [
		...(facts.hasPolicy ? ["sets its own Content-Security-Policy; src/middleware.ts writes every page's"] : []),
		...facts.scripts
			.filter((script) => script.inNote)
			.map((script) => `<script> inside the note's content, which the sanitizer should have removed: ${JSON.stringify(script.text.slice(0, 80))}`),
	];
}
