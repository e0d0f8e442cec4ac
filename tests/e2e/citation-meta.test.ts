import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync, readdirSync } from 'node:fs';
import { noteSchema, type NoteData } from '../../src/schema/note.ts';
import { attr, metaValues, readPage, select, selectAll, siteDir, siteFileExists } from './built-site.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

const site = siteUrl;

/** Every note of a notes folder with its frontmatter as the schema resolves it (date from the arXiv id, arXiv id from the link). */
function notesOf(dir: string): { slug: string; data: NoteData }[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.map((name) => ({ slug: name.replace(/\.md$/, ''), data: noteSchema.parse(parseFrontmatter(readFileSync(`${dir}/${name}`, 'utf8')).frontmatter) }));
}

const cases = [
	{ name: 'seed notes', dir: siteDir(), notes: notesOf('notes') },
	{ name: 'fixture notes with tricky names and a journal', dir: siteDir('links'), notes: notesOf('tests/fixtures/sites/links/notes') },
];

const pagePath = (lang: 'en' | 'zh', slug: string) => `${lang === 'en' ? '' : '/zh'}/notes/${slug}/`;

describe.each(cases)('citation metadata of the $name', ({ dir, notes }) => {
	for (const { slug, data } of notes) {
		for (const lang of ['en', 'zh'] as const) {
			it(`${slug} (${lang}) has citation_* tags matching its frontmatter`, () => {
				const page = readPage(dir, pagePath(lang, slug));
				expect(metaValues(page, 'citation_title')).toEqual([data.title]);
				expect(metaValues(page, 'citation_author')).toEqual(data.authors.map((author) => author.name));
				expect(metaValues(page, 'citation_publication_date')).toEqual(data.date ? [data.date.replaceAll('-', '/')] : []);
				const arxivId = data.links.arxiv?.match(/abs\/([\d.]+)$/)?.[1];
				expect(metaValues(page, 'citation_arxiv_id')).toEqual(arxivId ? [arxivId] : []);
				const pdf = data.links.pdf ?? (arxivId && `https://arxiv.org/pdf/${arxivId}`);
				expect(metaValues(page, 'citation_pdf_url')).toEqual(pdf ? [pdf] : []);
				const venues = [...metaValues(page, 'citation_conference_title'), ...metaValues(page, 'citation_journal_title')];
				expect(venues).toEqual(data.venue ? [data.venue] : []);
				if (data.venue?.includes('Transactions')) expect(metaValues(page, 'citation_journal_title')).toEqual([data.venue]);
			});

			it(`${slug} (${lang}) has JSON-LD for the paper with the page as a review of it`, () => {
				const page = readPage(dir, pagePath(lang, slug));
				const scripts = selectAll('script[type="application/ld+json"]', page);
				expect(scripts).toHaveLength(1);
				const json = JSON.parse((scripts[0]!.children[0] as { value: string }).value);
				expect(json['@context']).toBe('https://schema.org');
				expect(json['@type']).toBe('ScholarlyArticle');
				expect(json.name).toBe(data.title);
				expect(json.author.map((author: { name: string }) => author.name)).toEqual(data.authors.map((author) => author.name));
				const affiliations = data.authors.map((author) => author.affiliation);
				expect(json.author.map((author: { affiliation?: { name: string } }) => author.affiliation?.name)).toEqual(affiliations);
				expect(json.datePublished).toBe(data.date);
				expect(json.url).toBe(data.links.arxiv ?? data.links.publication);
				expect(json.review['@type']).toBe('Review');
				expect(json.review.url).toBe(`${site}${pagePath(lang, slug)}`);
				expect(json.review.inLanguage).toBe(lang === 'en' ? 'en' : 'zh-CN');
			});

			it(`${slug} (${lang}) has OpenGraph, Twitter, canonical and hreflang links`, () => {
				const page = readPage(dir, pagePath(lang, slug));
				const self = `${site}${pagePath(lang, slug)}`;
				expect(attr(select('link[rel="canonical"]', page), 'href')).toBe(self);
				const alternates = Object.fromEntries(selectAll('link[rel="alternate"][hreflang]', page).map((link) => [attr(link, 'hrefLang'), attr(link, 'href')]));
				expect(alternates).toEqual({ en: `${site}${pagePath('en', slug)}`, 'zh-CN': `${site}${pagePath('zh', slug)}`, 'x-default': `${site}${pagePath('en', slug)}` });
				expect(metaValues(page, 'og:type')).toEqual(['article']);
				expect(metaValues(page, 'og:title')).toEqual([data.title]);
				expect(metaValues(page, 'og:url')).toEqual([self]);
				expect(metaValues(page, 'og:locale')).toEqual([lang === 'en' ? 'en_US' : 'zh_CN']);
				const [description] = metaValues(page, 'og:description');
				expect(description!.length).toBeGreaterThan(10);
				expect(metaValues(page, 'description')).toEqual([description]);
				// The description is the abstract in the page's language.
				expect(/\p{Script=Han}/u.test(description!)).toBe(lang === 'zh');
				const [image] = metaValues(page, 'og:image');
				expect(image).toBe(`${site}/screenshot.png`);
				expect(siteFileExists(dir, '/screenshot.png')).toBe(true);
				expect(metaValues(page, 'twitter:card')).toEqual(['summary_large_image']);
				expect(metaValues(page, 'twitter:title')).toEqual([data.title]);
				expect(metaValues(page, 'article:tag')).toEqual(data.tags);
			});
		}
	}
});
