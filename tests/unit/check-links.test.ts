import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLink, type LinkCheckOptions } from '../../src/lib/check-links.ts';
import { pageFacts } from '../../src/lib/page-facts.ts';

/** A built site from `{ path: html }`; other files (not HTML) are listed by name with `null`. */
function check(tree: Record<string, string | null>, options?: LinkCheckOptions) {
	const pages = new Map(Object.entries(tree).flatMap(([page, html]) => (html === null ? [] : [[page, pageFacts(html)] as const])));
	return checkLinks(pages, new Set(Object.keys(tree)), options).map(formatBrokenLink);
}

const doc = (body: string) => `<!DOCTYPE html><html><head><link rel="icon" href="/favicon.svg"></head><body>${body}</body></html>`;

describe('checkLinks', () => {
	it('accepts links to pages, folders, files and ids, relative or not, and leaves other hosts and schemes alone', () => {
		const tree = {
			'index.html': doc('<a href="notes/a/">a</a> <a href="/notes/b/#sec-2">b</a> <a href="./notes/a/index.html">a</a> <a href="/notes/a">no slash</a>'),
			'notes/a/index.html': doc(
				'<h2 id="intro">I</h2><a href="#intro">here</a> <a href="../b/#old">old anchor</a> <a href="#">top</a> <a href="#top">top</a>' +
					'<a href="https://example.com/missing/">away</a> <a href="mailto:a@b.c">mail</a> <img src="../../fig.png" srcset="/fig.png 1x, /fig@2x.png 2x" alt="">' +
					'<a href="/paper.pdf#page=3">pdf</a> <a href="/notes/b/#%E6%91%98%E8%A6%81">摘要</a>',
			),
			'notes/b/index.html': doc('<h2 id="sec-2">S</h2><a name="old"></a><h2 id="摘要">摘要</h2>'),
			'favicon.svg': null,
			'fig.png': null,
			'fig@2x.png': null,
			'paper.pdf': null,
		};
		expect(check(tree)).toEqual([]);
	});

	it('reports a missing page, a missing id on this or another page, and a missing image, naming page and link', () => {
		const tree = {
			'index.html': doc('<a href="/notes/gone/">gone</a> <a href="#nowhere">x</a> <a href="/notes/a/#nope">y</a> <a href="/notes/gone/">again</a>'),
			'notes/a/index.html': doc('<h2 id="intro">I</h2><img src="figure.png" alt="f"><img srcset="/ok.png 1x, /missing@2x.png 2x" alt="">'),
			'favicon.svg': null,
			'ok.png': null,
		};
		expect(check(tree)).toEqual([
			'index.html: "/notes/gone/": no page or file at /notes/gone/',
			'index.html: "#nowhere": no element with id "nowhere" on this page',
			'index.html: "/notes/a/#nope": no element with id "nope" on /notes/a/',
			'notes/a/index.html: "figure.png": no page or file at /notes/a/figure.png',
			'notes/a/index.html: "/missing@2x.png": no page or file at /missing@2x.png',
		]);
	});

	it('checks head links too (icons, alternates, stylesheets)', () => {
		expect(check({ 'index.html': doc('') })).toEqual(['index.html: "/favicon.svg": no page or file at /favicon.svg']);
	});

	it('keeps links under the base path, and treats absolute links to the site itself as internal', () => {
		const options = { base: '/paper-notes', site: 'https://notes.example.org' };
		const tree = {
			'index.html': doc('<a href="/paper-notes/notes/a/">ok</a> <a href="/notes/a/">forgot the base</a> <a href="https://notes.example.org/paper-notes/notes/z/">own site</a>'),
			'notes/a/index.html': doc('<a href="../../">home</a> <a href="/paper-notes">home, no slash</a>'),
			'favicon.svg': null,
		};
		expect(check({ ...tree, 'index.html': tree['index.html'].replace('/favicon.svg', '/paper-notes/favicon.svg') }, options)).toEqual([
			'index.html: "/notes/a/": outside the site\'s base path /paper-notes/',
			'index.html: "https://notes.example.org/paper-notes/notes/z/": no page or file at /paper-notes/notes/z/',
			'notes/a/index.html: "/favicon.svg": outside the site\'s base path /paper-notes/',
		]);
	});

	it('resolves the 404 page’s links from /404.html', () => {
		expect(check({ '404.html': doc('<a href="notes/">notes</a>'), 'favicon.svg': null })).toEqual([
			'404.html: "notes/": no page or file at /notes/',
		]);
	});
});
