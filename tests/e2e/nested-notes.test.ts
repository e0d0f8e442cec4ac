import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { attr, readPage, readSiteFile, select, selectAll, siteDir, siteFileExists, texts } from './built-site.ts';
import { useBrowser } from './harness.ts';

// A note in a subfolder (`notes/speech/ibis.md`, id `speech/ibis`) and one at the top (`notes/heron.md`) linking to each other by file path.
const dir = siteDir('nested');
const { open, url } = useBrowser({ site: 'nested' });

/** Where the first result of searching `query` from `page` leads. */
async function firstResult(page: Page, query: string): Promise<string | null> {
	await page.keyboard.press('/');
	await page.locator('.search-dialog input[type="search"]').fill(query);
	const first = page.locator('.search-results a').first();
	await first.waitFor();
	return first.getAttribute('href');
}

describe('a note in a subfolder of notes/', () => {
	it('has its page in both languages at its folder path, each pointing to the other', () => {
		for (const [lang, prefix, other] of [['en', '', '/zh'], ['zh-CN', '/zh', '']] as const) {
			const page = readPage(dir, `${prefix}/notes/speech/ibis/`);
			expect(attr(select('html', page), 'lang')).toBe(lang);
			expect(texts(page, 'h1')).toEqual(['Ibis: A Note in a Subfolder']);
			expect(attr(select('a.lang-switch', page), 'href')).toBe(`${other}/notes/speech/ibis/`);
		}
	});

	it('links to and from it by file path become links between the pages, at the right depth', () => {
		const links = (path: string, lang: string) => selectAll(`.note-body [data-lang="${lang}"] a`, readPage(dir, path)).map((a) => [attr(a, 'href'), attr(a, 'dataNote')]);
		expect(links('/notes/heron/', 'en')).toEqual([['../speech/ibis/', 'speech/ibis']]);
		expect(links('/zh/notes/speech/ibis/', 'zh')).toEqual([['../../heron/', 'heron']]);
		expect(texts(readPage(dir, '/notes/heron/'), '.connections-backlinks li a')).toEqual(['Ibis']);
		expect(attr(select('.connections-backlinks li a', readPage(dir, '/zh/notes/heron/')), 'href')).toBe('/zh/notes/speech/ibis/');
	});

	it('has its BibTeX entry and preview summary beside its page, and is listed on the home page', () => {
		expect(readSiteFile(dir, '/notes/speech/ibis.bib')).toMatch(/title = \{\{?Ibis: A Note in a Subfolder/);
		expect(JSON.parse(readSiteFile(dir, '/notes/speech/ibis.json'))).toMatchObject({ title: 'Ibis: A Note in a Subfolder', short: 'Ibis' });
		expect(siteFileExists(dir, '/notes/ibis/index.html')).toBe(false);
		expect(selectAll('.note-list h2 a', readPage(dir, '/')).map((a) => attr(a, 'href'))).toContain('/notes/speech/ibis/');
	});

	it('is reached by following the link, previewed on hover, and found by search', async () => {
		const { page, errors } = await open('/notes/heron/');
		const link = page.locator('.note-body [data-lang="en"] a[data-note="speech/ibis"]');
		await link.hover();
		await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('Ibis synthesises speech');
		await link.click();
		await page.waitForURL(url('/notes/speech/ibis/'));
		expect(await firstResult(page, 'synthesises')).toBe('/notes/speech/ibis/');
		expect(errors).toEqual([]);
	});

	it('is found by a Chinese query, in the Chinese pages\' index', async () => {
		const { page, errors } = await open('/zh/notes/heron/');
		expect(await firstResult(page, '合成')).toBe('/zh/notes/speech/ibis/');
		expect(errors).toEqual([]);
	});
});
