import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { attr, readPage, select, selectAll, siteDir, texts, toString } from './built-site.ts';
import { useBrowser } from './harness.ts';
import { authorName, readNotes, type SourceNote } from './notes.ts';

const dist = siteDir();
const notes = readNotes();
const { open, url } = useBrowser();

const displayName = (note: SourceNote) => note.data.short ?? note.data.title;
const arxivMonth = (note: SourceNote) => note.data.links.arxiv!.match(/abs\/(\d\d)(\d\d)\./)!.slice(1, 3).join('-');
const newestFirst = (list: SourceNote[]) => [...list].sort((a, b) => arxivMonth(b).localeCompare(arxivMonth(a)));
const year = (note: SourceNote) => `20${arxivMonth(note).slice(0, 2)}`;

/** The names of the notes a list page shows, in order. */
const listed = (page: Root) => texts(page, '.note-list .note-card h2');
/** A site path (`/tags/x/`) from an href as written in the page. */
const sitePath = (href: string) => decodeURI(new URL(href, 'https://site.invalid/').pathname);

describe('browse pages', () => {
	for (const lang of ['en', 'zh'] as const) {
		const prefix = lang === 'en' ? '' : '/zh';

		it(`links every ${lang} note header to the pages of its authors, year, venue and tags, which list the right notes newest first`, () => {
			for (const note of notes) {
				const page = readPage(dist, `${prefix}/notes/${note.slug}/`);
				const header = select('.note-header', page)!;
				const hrefs = (selector: string) => selectAll(selector, header).map((a) => sitePath(attr(a, 'href')!));
				const expectations: [string, SourceNote[]][] = [
					...hrefs('.author-list a').map((href, i): [string, SourceNote[]] => {
						const name = authorName(note.data.authors[i]!);
						return [href, notes.filter((other) => other.data.authors.map(authorName).includes(name))];
					}),
					[hrefs('.note-meta a[href*="/years/"]')[0]!, notes.filter((other) => year(other) === year(note))],
					...hrefs('.tag-list a').map((href, i): [string, SourceNote[]] => [href, notes.filter((other) => other.data.tags?.includes(note.data.tags![i]!))]),
				];
				if (note.data.venue) {
					const series = note.data.venue.split(' ')[0]!;
					expectations.push([hrefs('.note-meta a[href*="/venues/"]')[0]!, notes.filter((other) => other.data.venue?.startsWith(series))]);
				}
				expect(expectations).toHaveLength(note.data.authors.length + 1 + (note.data.tags?.length ?? 0) + (note.data.venue ? 1 : 0));
				for (const [href, expected] of expectations) {
					expect(href.startsWith(`${prefix}/`), href).toBe(true);
					const list = readPage(dist, href);
					expect(listed(list), href).toEqual(newestFirst(expected).map(displayName));
					expect(select('html', list)!.properties.lang).toBe(lang === 'en' ? 'en' : 'zh-CN');
				}
			}
		});

		it(`has ${lang} index pages of tags, years and venues with their counts`, () => {
			const tags = readPage(dist, `${prefix}/tags/`);
			const allTags = [...new Set(notes.flatMap((note) => note.data.tags ?? []))];
			const shown = selectAll('.facet-links a', tags).map((a) => [sitePath(attr(a, 'href')!), texts(a, '.facet-count')[0]]);
			expect(shown.map(([href]) => href).sort()).toEqual(allTags.map((tag) => `${prefix}/tags/${tag}/`).sort());
			for (const [href, count] of shown) expect(Number(count)).toBe(listed(readPage(dist, href!)).length);
			const years = readPage(dist, `${prefix}/years/`);
			expect(texts(years, '.facet-links a')).toEqual(['2024 1', '2023 4']);
			expect(texts(readPage(dist, `${prefix}/venues/`), '.facet-links a')).toEqual(['AAAI 1', 'ICLR 2']);
			expect(texts(tags, 'h1')).toEqual([lang === 'en' ? 'All tags' : '全部标签']);
		});
	}

	it('matches an author across notes with and without an affiliation, and keeps Chinese names', () => {
		const dir = siteDir('links');
		for (const prefix of ['', '/zh']) {
			const alpha = readPage(dir, `${prefix}/notes/alpha/`);
			const authorLinks = Object.fromEntries(selectAll('.author-list a', alpha).map((a) => [toString(a), sitePath(attr(a, 'href')!)]));
			expect(listed(readPage(dir, authorLinks['Chao Zhang']!))).toEqual(['Beta', 'Alpha']);
			expect(listed(readPage(dir, authorLinks['Jörg Müller']!))).toEqual(['Delta', 'Alpha']);
			expect(authorLinks['张超']).toBe(`${prefix}/authors/张超/`);
			expect(listed(readPage(dir, authorLinks['张超']!))).toEqual(['Alpha']);
		}
		expect(texts(readPage(dir, '/authors/chao-zhang/'), 'h1')).toEqual(['Papers by Chao Zhang']);
		expect(texts(readPage(dir, '/zh/authors/chao-zhang/'), 'h1')).toEqual(['Chao Zhang 的论文']);
	});

	it('pages long lists with plain links, every note reachable, in both languages', () => {
		const dir = siteDir('paging');
		const all = Array.from({ length: 22 }, (_, i) => `Paper ${String(22 - i).padStart(2, '0')}: A Note for Paging`);
		const lists = {
			'': { status: 'Page 1 of 2', second: ['Notes tagged “paging” — page 2 of 2 · Paper Notes', 'Papers by Ada Example — page 2 of 2 · Paper Notes'] },
			'/zh': { status: '第 1 页，共 2 页', second: ['标签“paging”下的笔记 — 第 2 页，共 2 页 · 论文笔记', 'Ada Example 的论文 — 第 2 页，共 2 页 · 论文笔记'] },
		};
		for (const [prefix, { status, second: titles }] of Object.entries(lists)) {
			for (const [i, list] of [`${prefix}/tags/paging/`, `${prefix}/authors/ada-example/`].entries()) {
				const first = readPage(dir, list);
				expect(listed(first)).toEqual(all.slice(0, 20));
				expect(texts(first, '.pagination-status')).toEqual([status]);
				const next = sitePath(attr(select('.pagination a[rel="next"]', first), 'href')!);
				expect(next).toBe(`${list}2/`);
				const second = readPage(dir, next);
				expect(listed(second)).toEqual(all.slice(20));
				expect(texts(second, 'title')).toEqual([titles[i]]);
				expect(sitePath(attr(select('.pagination a[rel="prev"]', second), 'href')!)).toBe(list);
				expect(select('.pagination a[rel="next"]', second)).toBeUndefined();
			}
		}
	});
});

describe('home filters', () => {
	const withTag = (tag: string) => newestFirst(notes.filter((note) => note.data.tags?.includes(tag))).map(displayName);
	const visibleCards = (page: import('playwright-core').Page) => page.locator('.note-card:visible h2').allTextContents();

	it('filters the home list by tag and year in place, without loading a page or a script', async () => {
		const { page, scripts, errors } = await open('/');
		await page.evaluate(() => Object.assign(window, { stillHere: true }));
		await page.locator('.home-browse a[data-filter="tag"]', { hasText: 'speech-generation' }).click();
		expect(await visibleCards(page)).toEqual(withTag('speech-generation'));
		expect(page.url()).toBe(url('/?tag=speech-generation'));
		expect(await page.locator('.filter-status').textContent()).toBe(`Showing ${withTag('speech-generation').length} of ${notes.length} notes`);
		expect(await page.locator('a[data-filter="tag"][aria-current="true"]').textContent()).toContain('speech-generation');
		// Tag and year together; the same year again lifts the year filter.
		await page.locator('.home-browse a[data-filter="year"]', { hasText: '2023' }).click();
		const tagged2023 = newestFirst(notes.filter((note) => note.data.tags?.includes('speech-generation') && year(note) === '2023')).map(displayName);
		expect(await visibleCards(page)).toEqual(tagged2023);
		expect(page.url()).toBe(url('/?tag=speech-generation&year=2023'));
		await page.getByRole('button', { name: 'Show all notes' }).click();
		expect(await visibleCards(page)).toEqual(newestFirst(notes).map(displayName));
		expect(page.url()).toBe(url('/'));
		expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
		expect(scripts).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('applies a filter from the address, in Chinese too', async () => {
		const { page } = await open('/zh/?tag=audio-llm');
		expect(await visibleCards(page)).toEqual(withTag('audio-llm'));
		expect(await page.locator('.filter-status').textContent()).toBe(`显示 ${notes.length} 篇中的 ${withTag('audio-llm').length} 篇`);
		await page.getByRole('button', { name: '显示全部笔记' }).click();
		expect(await visibleCards(page)).toHaveLength(notes.length);
	});

	it('works without JavaScript as links to the tag and year pages', async () => {
		const { page } = await open('/', { javaScriptEnabled: false });
		await page.locator('.home-browse a[data-filter="tag"]', { hasText: 'audio-llm' }).click();
		await page.waitForURL(url('/tags/audio-llm/'));
		expect(await page.locator('.note-card h2').allTextContents()).toEqual(withTag('audio-llm'));
		await page.goto(url('/zh/'));
		await page.locator('.home-browse a[data-filter="year"]', { hasText: '2024' }).click();
		await page.waitForURL(url('/zh/years/2024/'));
		expect(await page.locator('h1').textContent()).toBe('2024 年的论文');
	});
});
