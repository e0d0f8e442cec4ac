import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness.ts';

// The fixture site `subpath` is built with BASE_PATH=/sub/ and served only under /sub/, as GitHub Pages serves a project site.
const { open, url } = useBrowser({ site: 'subpath' });

/** Every same-site URL the page links to or loads from its markup. */
const siteUrls = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[href], [src]')]
			.map((node) => (node as HTMLAnchorElement).href || (node as HTMLImageElement).src)
			.filter((address) => address.startsWith(location.origin) && !address.includes('#')),
	);

describe('the site under a base path (/sub/)', () => {
	it('was built with base /sub/', () => {
		const site = inject('fixtureSites').subpath!;
		expect(site.status, site.log).toBe(0);
		expect(site.base).toBe('/sub/');
	});

	it('serves the home page with every link and asset under /sub/, and nothing 404s', async () => {
		const { page, failed, foreign, errors } = await open('/sub/');
		const links = await siteUrls(page);
		expect(links.length).toBeGreaterThan(3);
		for (const link of links) expect(link).toMatch(new RegExp(`^${url('/sub/')}`));
		expect(await page.locator('.note-card h2 a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual(['/sub/notes/narwhal/', '/sub/notes/quokka/']);
		// The site's stylesheet applied: the header is laid out, not default-styled.
		expect(await page.locator('.site-header').evaluate((node) => getComputedStyle(node).display)).toBe('flex');
		expect(failed).toEqual([]);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
	});

	it("serves each note's .bib and link-preview .json under /sub/", async () => {
		for (const [slug, title] of [['narwhal', 'Narwhal: Tusked Speech Tokenizers'], ['quokka', 'Quokka: Listening Models with a Formula']]) {
			const bib = await fetch(url(`/sub/notes/${slug}.bib`));
			expect(bib.status).toBe(200);
			expect(await bib.text()).toMatch(/^@\w+\{\w+,\n/);
			const preview = await fetch(url(`/sub/notes/${slug}.json`));
			expect(preview.status).toBe(200);
			expect(((await preview.json()) as { title: string }).title).toBe(title);
		}
	});

	it('opens a note from the home page, with KaTeX styles and fonts, then switches language and back', async () => {
		const { page, failed, errors } = await open('/sub/');
		await page.getByRole('link', { name: 'Quokka' }).click();
		await page.waitForURL(url('/sub/notes/quokka/'));
		const katexCss = page.locator('link[rel="stylesheet"][href*="katex"]');
		expect(await katexCss.getAttribute('href')).toBe('/sub/katex/katex.min.css');
		// KaTeX's stylesheet is applied: its math font renders the formula.
		await page.evaluate(() => document.fonts.ready);
		expect(await page.locator('.katex .mathcal').first().evaluate((node) => getComputedStyle(node).fontFamily)).toContain('KaTeX_Caligraphic');
		for (const link of await siteUrls(page)) expect(link).toMatch(new RegExp(`^${url('/sub/')}`));
		// The edit link names the file in the repository, whatever the base.
		expect(await page.getByRole('link', { name: 'Edit this note' }).getAttribute('href')).toMatch(/\/edit\/main\/tests\/fixtures\/sites\/subpath\/notes\/quokka\.md$/);

		await page.getByRole('link', { name: 'Read this page in Chinese' }).click();
		await page.waitForURL(url('/sub/zh/notes/quokka/'));
		expect(await page.locator('h1').textContent()).toBe('Quokka: Listening Models with a Formula');
		await page.getByRole('link', { name: '阅读本页英文版' }).click();
		await page.waitForURL(url('/sub/notes/quokka/'));
		await page.locator('.site-title').click();
		await page.waitForURL(url('/sub/'));
		expect(failed).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('keeps links written in a note inside the site: root-relative ones get the base, relative ones stay in the language', async () => {
		const { page, failed } = await open('/sub/notes/quokka/');
		// A root-relative link to another note becomes relative to the page, so it works under any base and in either language.
		expect(await page.getByRole('link', { name: 'the Narwhal note' }).getAttribute('href')).toBe('../narwhal/');
		await page.getByRole('link', { name: 'the Narwhal note' }).click();
		await page.waitForURL(url('/sub/notes/narwhal/'));
		await page.goBack();
		await page.getByRole('link', { name: 'the same note, relatively' }).click();
		await page.waitForURL(url('/sub/notes/narwhal/'));
		const zh = await open('/sub/zh/notes/quokka/');
		await zh.page.getByRole('link', { name: '独角鲸笔记' }).click();
		await zh.page.waitForURL(url('/sub/zh/notes/narwhal/'));
		expect([...failed, ...zh.failed]).toEqual([]);
	});

	for (const [lang, start, query, target] of [
		['en', '/sub/notes/quokka/', 'tokenizes', '/sub/notes/narwhal/'],
		['zh', '/sub/zh/', '獠牙', '/sub/zh/notes/narwhal/'],
		['zh', '/sub/zh/notes/narwhal/', 'minimises', '/sub/zh/notes/quokka/'],
	] as const) {
		it(`searches from ${start} (${lang}) for “${query}” and opens ${target}`, async () => {
			const { page, failed, scripts, errors } = await open(start);
			await page.keyboard.press('/');
			await page.locator('.search-dialog input[type="search"]').fill(query);
			const first = page.locator('.search-results a').first();
			await first.waitFor();
			expect(await first.getAttribute('href')).toBe(target);
			await first.click();
			await page.waitForURL(url(target));
			// Search's code and index came from under the base.
			expect(scripts.length).toBeGreaterThan(0);
			for (const script of scripts) expect(script).toMatch(new RegExp(`^${url('/sub/')}(search\\.js|pagefind/)`));
			expect(failed).toEqual([]);
			expect(errors).toEqual([]);
		});
	}

	it('serves its 404 page for a missing page under the base, with working links and styles', async () => {
		const { page, failed } = await open('/sub/');
		const response = await page.goto(url('/sub/no-such-page/'));
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		expect(await page.locator('.site-header').evaluate((node) => getComputedStyle(node).display)).toBe('flex');
		expect(await page.locator('.not-found a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual(['/sub/', '/sub/zh/']);
		await page.getByRole('link', { name: '返回全部笔记' }).click();
		await page.waitForURL(url('/sub/zh/'));
		// The one failure is the page asked for; none of its assets.
		expect(failed).toEqual([`404 ${url('/sub/no-such-page/')}`]);
	});
});
