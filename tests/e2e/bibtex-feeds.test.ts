import { describe, expect, it } from 'vitest';
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { attr, readPage, readSiteFile, select, siteDir, siteFileExists, toString } from './built-site.ts';
import { authorName, readNotes } from './notes.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

const site = siteUrl;
const dist = siteDir();
const notes = readNotes();

/** A .bib file parsed by a real BibTeX parser (Better BibTeX's), LaTeX decoded to Unicode, titles left in their case. */
function parseBib(text: string): Entry[] {
	const library = parse(text, { sentenceCase: false });
	expect(library.errors).toEqual([]);
	return library.entries;
}

/** A BibTeX name back as written: "First von Last". */
const fullName = (creator: Creator) => (creator.name ?? [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ')).normalize('NFC');

describe('BibTeX', () => {
	it('gives every note a .bib entry that parses back to its title and authors, with a <firstauthor><year><firstword> key', () => {
		for (const note of notes) {
			const [entry, ...rest] = parseBib(readSiteFile(dist, `/notes/${note.slug}.bib`));
			expect(rest).toEqual([]);
			expect(entry!.fields.title).toBe(note.data.title);
			expect(entry!.fields.author!.map(fullName)).toEqual(note.data.authors.map(authorName));
			expect(entry!.key).toMatch(/^[a-z]+\d{4}[a-z0-9]+$/);
			expect(entry!.fields.eprint).toBe(note.data.links.arxiv!.split('/').at(-1));
			if (note.data.venue) expect(entry!.type).toBe('inproceedings');
		}
		const salmonn = parseBib(readSiteFile(dist, '/notes/salmonn.bib'))[0]!;
		expect(salmonn.key).toBe('tang2023salmonn');
		expect(salmonn.fields.booktitle).toBe('ICLR 2024');
		expect(salmonn.fields.year).toBe('2023');
	});

	it('has notes.bib with every entry once, under the same keys', () => {
		const all = parseBib(readSiteFile(dist, '/notes.bib'));
		expect(all).toHaveLength(notes.length);
		expect(new Set(all.map((entry) => entry.key)).size).toBe(notes.length);
		for (const note of notes) {
			const one = parseBib(readSiteFile(dist, `/notes/${note.slug}.bib`))[0]!;
			expect(all.find((entry) => entry.key === one.key)?.fields.title).toBe(note.data.title);
		}
	});

	it('escapes LaTeX specials and accented, Chinese and "von" names so they parse back exactly', () => {
		const dir = siteDir('links');
		const [alpha] = parseBib(readSiteFile(dir, '/notes/alpha.bib'));
		// Compared as NFC: the parser composes `{\"u}` as u + combining diaeresis.
		expect(alpha!.fields.title!.normalize('NFC')).toBe("Alpha & Omega: 100% {Robust} Speech_Recognition with Müller's LLM Trick");
		expect(alpha!.fields.author!.map(fullName)).toEqual(['Jörg Müller', 'Chao Zhang', '张超', 'Felix de Chaumont Quitry']);
		expect(alpha!.fields.author![3]).toMatchObject({ firstName: 'Felix', prefix: 'de', lastName: 'Chaumont Quitry' });
		const all = parseBib(readSiteFile(dir, '/notes.bib'));
		const byTitle = (start: string) => all.find((entry) => entry.fields.title?.startsWith(start))!;
		expect(byTitle('Beta').fields.author!.map(fullName)).toEqual(['Chao Zhang', 'Søren Ødegård']);
		expect(byTitle('Gamma').fields.author!.map(fullName)).toEqual(['Łukasz Kaiser', 'José Ñúñez']);
		// A journal is an @article; a note without venue is an arXiv @misc.
		expect(byTitle('Beta').type).toBe('article');
		expect(byTitle('Gamma').type).toBe('misc');
		// Same first author, year and first word: the earlier paper keeps the key, the later one gets "b".
		expect(alpha!.key).toBe('mueller2024alpha');
		expect(byTitle('Alpha Revisited').key).toBe('mueller2024alphab');
		expect(byTitle('Alpha Revisited').fields.doi).toBe('10.1000/delta.2024');
		expect(new Set(all.map((entry) => entry.key)).size).toBe(4);
	});

	for (const lang of ['en', 'zh'] as const) {
		it(`shows the entry in the ${lang} note page's Cite panel, with a download link`, () => {
			const page = readPage(dist, `${lang === 'en' ? '' : '/zh'}/notes/audiogpt/`);
			const panel = select('details.cite', page)!;
			expect(toString(select('summary', panel)!)).toBe(lang === 'en' ? 'Cite' : '引用');
			expect(toString(select('pre code', panel)!)).toBe(readSiteFile(dist, '/notes/audiogpt.bib'));
			const download = select('a[download]', panel);
			expect(attr(download, 'href')).toBe('/notes/audiogpt.bib');
			expect(attr(download, 'download')).toMatch(/^huang2023audiogpt\.bib$/);
		});
	}
});

const feeds = [
	{ lang: 'en', path: '/rss.xml', prefix: '', language: 'en', title: 'Paper Notes' },
	{ lang: 'zh', path: '/zh/rss.xml', prefix: '/zh', language: 'zh-CN', title: '论文笔记' },
] as const;

describe('feeds', () => {
	// Newest first: by date, else by the arXiv id's month, as the site orders notes.
	const arxivMonth = (link = '') => link.match(/abs\/(\d\d)(\d\d)\./)?.slice(1, 3).join('-');
	const newestFirst = [...notes].sort((a, b) => (arxivMonth(b.data.links.arxiv) ?? '').localeCompare(arxivMonth(a.data.links.arxiv) ?? ''));

	for (const { lang, path, prefix, language, title } of feeds) {
		it(`has a valid ${lang} RSS feed of the notes, newest first, linking to ${lang} pages`, () => {
			const xml = readSiteFile(dist, path);
			expect(SyntaxValidator.validate(xml)).toBe(true);
			const feed = parseFeed(xml);
			expect(feed.meta.type).toBe('rss');
			expect(feed.title).toBe(title);
			expect(feed.language).toBe(language);
			expect(feed.self).toBe(`${site}${path}`);
			expect(feed.items.map((item) => item.url)).toEqual(newestFirst.map((note) => `${site}${prefix}/notes/${note.slug}/`));
			expect(feed.items.map((item) => item.title)).toEqual(newestFirst.map((note) => note.data.title));
			const dates = feed.items.map((item) => item.published!.getTime());
			expect(dates).toEqual([...dates].sort((a, b) => b - a));
			for (const item of feed.items) expect(/\p{Script=Han}/u.test(item.description ?? '')).toBe(lang === 'zh');
		});

		it(`links the ${lang} feed from the ${lang} pages`, () => {
			const home = readPage(dist, `${prefix}/`);
			expect(attr(select('link[rel="alternate"][type="application/rss+xml"]', home), 'href')).toBe(path);
		});
	}
});

describe('sitemap and robots.txt', () => {
	const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });

	it('lists every page in both languages, each with its other-language alternate', () => {
		const index = readSiteFile(dist, '/sitemap-index.xml');
		expect(SyntaxValidator.validate(index)).toBe(true);
		const sitemaps: { loc: string }[] = xml.parse(index).sitemapindex.sitemap;
		const urls: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] = sitemaps.flatMap(({ loc }) => {
			const text = readSiteFile(dist, new URL(loc).pathname);
			expect(SyntaxValidator.validate(text)).toBe(true);
			return xml.parse(text).urlset.url;
		});
		const locs = urls.map((url) => url.loc);
		for (const note of notes) {
			for (const prefix of ['', '/zh']) expect(locs).toContain(`${site}${prefix}/notes/${note.slug}/`);
			const entry = urls.find((url) => url.loc === `${site}/notes/${note.slug}/`)!;
			expect(Object.fromEntries(entry['xhtml:link']!.map((link) => [link['@_hreflang'], link['@_href']]))).toEqual({
				en: `${site}/notes/${note.slug}/`,
				'zh-CN': `${site}/zh/notes/${note.slug}/`,
			});
		}
		for (const path of ['/', '/zh/', '/tags/speech-llm/', '/zh/years/2023/']) expect(locs).toContain(`${site}${path}`);
		expect(locs.some((loc) => loc.includes('404'))).toBe(false);
		// Every listed page exists.
		for (const loc of locs) expect(siteFileExists(dist, `${new URL(loc).pathname}index.html`), loc).toBe(true);
	});

	it('points robots.txt at the sitemap', () => {
		const robots = readSiteFile(dist, '/robots.txt');
		expect(robots).toMatch(/^User-agent: \*$/m);
		const sitemap = robots.match(/^Sitemap: (.+)$/m)?.[1];
		expect(sitemap).toBe(`${site}/sitemap-index.xml`);
		expect(siteFileExists(dist, new URL(sitemap!).pathname)).toBe(true);
	});
});
