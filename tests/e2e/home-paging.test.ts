import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { XMLParser } from 'fast-xml-parser';
import { attr, readPage, readSiteFile, select, selectAll, siteDir, siteFileExists, texts } from './built-site.ts';
import { axeViolations } from './axe.ts';
import { useBrowser } from './harness.ts';

// The paging fixture site: 22 notes, "Paper 01" (oldest) to "Paper 22" (newest), all tagged "paging".
const dir = siteDir('paging');
const pageSize = 20;
const newestFirst = Array.from({ length: 22 }, (_, i) => `Paper ${String(22 - i).padStart(2, '0')}: A Note for Paging`);
const languages = [
	{ prefix: '', lang: 'en', count: '22 notes', title: 'All notes — page 2 of 2 · Paper Notes', heading: 'All notes' },
	{ prefix: '/zh', lang: 'zh-CN', count: '共 22 篇笔记', title: '全部笔记 — 第 2 页，共 2 页 · 论文笔记', heading: '全部笔记' },
] as const;

const listed = (page: Root) => texts(page, '.note-list .note-card h2');
const sitePath = (href: string) => decodeURI(new URL(href, 'https://site.invalid/').pathname);
const rel = (page: Root, name: string) => attr(select(`.pagination a[rel="${name}"]`, page), 'href');
/** `{ hreflang: path }` of a page's alternates, and its canonical path. */
const alternates = (page: Root) => ({
	canonical: sitePath(attr(select('link[rel="canonical"]', page), 'href')!),
	...Object.fromEntries(selectAll('link[rel="alternate"][hreflang]', page).map((link) => [attr(link, 'hrefLang'), sitePath(attr(link, 'href')!)])),
});

describe('home pages of a site with more notes than fit on a page', () => {
	for (const { prefix, lang, count, title, heading } of languages) {
		it(`shows the newest ${pageSize} notes on the ${lang} home, and the next links reach every other note`, () => {
			const home = readPage(dir, `${prefix}/`);
			expect(listed(home)).toEqual(newestFirst.slice(0, pageSize));
			expect(texts(home, '.home-count')).toEqual([count]);
			const seen: string[] = [];
			const paths: string[] = [];
			for (let path: string | undefined = `${prefix}/`; path; ) {
				const page = readPage(dir, path);
				paths.push(path);
				seen.push(...listed(page));
				const next = rel(page, 'next');
				path = next && sitePath(next);
			}
			expect(paths).toEqual([`${prefix}/`, `${prefix}/page/2/`]);
			expect(seen).toEqual(newestFirst);
			// The home page is page 1: there is no second copy of it.
			expect(siteFileExists(dir, `${prefix}/page/1/index.html`)).toBe(false);
		});

		it(`gives the ${lang} page 2 its title, the total count, a way back to the home page and the same page in the other language`, () => {
			const page = readPage(dir, `${prefix}/page/2/`);
			expect(select('html', page)!.properties.lang).toBe(lang);
			expect(texts(page, 'title')).toEqual([title]);
			expect(texts(page, 'h1')).toEqual([heading]);
			expect(texts(page, '.home-count')).toEqual([count]);
			expect(sitePath(rel(page, 'prev')!)).toBe(`${prefix}/`);
			expect(rel(page, 'next')).toBeUndefined();
			// The home page's search box and filters stay on the home page.
			expect(select('.home-browse', page)).toBeUndefined();
			expect(select('.note-list[data-complete]', page)).toBeUndefined();
			expect(alternates(page)).toEqual({ canonical: `${prefix}/page/2/`, en: '/page/2/', 'zh-CN': '/zh/page/2/', 'x-default': '/page/2/' });
			const other = lang === 'en' ? '/zh/page/2/' : '/page/2/';
			expect(sitePath(attr(select('.lang-switch', page), 'href')!)).toBe(other);
		});
	}

	it('lists the continuation pages in the sitemap, each with its other-language alternate', () => {
		const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link'].includes(name) });
		const urls: { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] = xml.parse(readSiteFile(dir, '/sitemap-0.xml')).urlset.url;
		for (const path of ['/page/2/', '/zh/page/2/']) {
			const entry = urls.find((url) => sitePath(url.loc) === path);
			expect(entry, path).toBeDefined();
			expect(Object.fromEntries(entry!['xhtml:link'].map((link) => [link['@_hreflang'], sitePath(link['@_href'])]))).toEqual({ en: '/page/2/', 'zh-CN': '/zh/page/2/' });
		}
		expect(urls.some((url) => sitePath(url.loc).endsWith('/page/1/'))).toBe(false);
	});
});

describe('home pages of a long list, in the browser', () => {
	const { open, url } = useBrowser({ site: 'paging' });

	for (const { prefix, lang, heading } of languages) {
		it(`reaches the oldest note from the ${lang} home by pagination links, without JavaScript`, async () => {
			const { page, scripts, errors, failed } = await open(`${prefix}/`, { javaScriptEnabled: false });
			expect(await page.locator('.note-card').count()).toBe(pageSize);
			await page.locator('.pagination a[rel="next"]').click();
			await page.waitForURL(url(`${prefix}/page/2/`));
			expect(await page.locator('h1').textContent()).toBe(heading);
			expect(await page.locator('.note-card h2').allTextContents()).toEqual(newestFirst.slice(pageSize));
			await page.locator('.note-card a', { hasText: 'Paper 01' }).click();
			await page.waitForURL(url(`${prefix}/notes/paper-01/`));
			await page.goBack();
			await page.locator('.pagination a[rel="prev"]').click();
			await page.waitForURL(url(`${prefix}/`));
			expect(scripts).toEqual([]);
			expect(errors).toEqual([]);
			expect(failed).toEqual([]);
		});
	}

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no axe-core violations on the paged home and page 2 (${colorScheme})`, async () => {
			for (const path of ['/', '/page/2/', '/zh/', '/zh/page/2/']) {
				const { page } = await open(path, { colorScheme });
				expect((await axeViolations(page)).join('\n'), path).toBe('');
			}
		});
	}

	it('makes the home filters plain links to the tag and year pages when the home does not hold every note', async () => {
		const { page, errors } = await open('/');
		expect(await page.locator('.note-list[data-complete]').count()).toBe(0);
		await page.locator('.home-browse a[data-filter="tag"]', { hasText: 'paging' }).click();
		await page.waitForURL(url('/tags/paging/'));
		await page.goto(url('/zh/'));
		await page.locator('.home-browse a[data-filter="year"]').first().click();
		await page.waitForURL(/\/zh\/years\/\d{4}\/$/);
		expect(errors).toEqual([]);
	});
});
