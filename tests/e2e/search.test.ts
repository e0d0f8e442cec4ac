import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness.ts';

const { open, url } = useBrowser();

async function searchFor(page: Page, query: string) {
	await page.keyboard.press('/');
	const input = page.locator('.search-dialog input[type="search"]');
	await input.waitFor();
	await input.fill(query);
	const first = page.locator('.search-results a').first();
	await first.waitFor();
	return first;
}

/** The excerpts of the results for `query`, searched from the page at `start`. */
async function excerptsFor(start: string, query: string) {
	const { page } = await open(start);
	await searchFor(page, query);
	return page.locator('.search-excerpt');
}

const cases = [
	// [interface, page the search starts from, query, note it must find]
	['en', '/', 'speaker identity', 'audiopalm'],
	['en', '/notes/spectron/', '说话人验证', 'salmonn'],
	['en', '/', 'curriculum learning', 'speechverse'],
	['en', '/notes/audiogpt/', 'spectrogram', 'spectron'],
	['zh', '/zh/', 'speaker identity', 'audiopalm'],
	['zh', '/zh/notes/audiopalm/', '说话人验证', 'salmonn'],
	['zh', '/zh/', 'curriculum learning', 'speechverse'],
	['zh', '/zh/', 'spectrogram', 'spectron'],
	['zh', '/zh/', '课程学习', 'speechverse'],
] as const;

describe('search', () => {
	for (const [lang, start, query, slug] of cases) {
		it(`finds ${slug} for “${query}” from the ${lang} page ${start}`, async () => {
			const { page, foreign, errors } = await open(start);
			const first = await searchFor(page, query);
			expect(await first.getAttribute('href')).toBe(`${lang === 'en' ? '' : '/zh'}/notes/${slug}/`);
			await first.click();
			await page.waitForURL(url(`${lang === 'en' ? '' : '/zh'}/notes/${slug}/`));
			expect(foreign).toEqual([]);
			expect(errors).toEqual([]);
		});
	}

	it('loads no script before the reader opens search, then only search and Pagefind from this site', async () => {
		const { page, scripts } = await open('/notes/salmonn/');
		expect(scripts).toEqual([]);
		await searchFor(page, 'hearing');
		expect(scripts.length).toBeGreaterThan(0);
		for (const script of scripts) expect(script).toMatch(new RegExp(`^${url('/')}(search\\.js|pagefind/)`));
	});

	it('opens with Ctrl-K and closes with Escape', async () => {
		const { page } = await open('/notes/salmonn/');
		await page.keyboard.press('Control+k');
		const dialog = page.locator('.search-dialog');
		await dialog.waitFor();
		expect(await dialog.evaluate((node) => (node as HTMLDialogElement).open)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
		await page.keyboard.press('Escape');
		expect(await dialog.evaluate((node) => (node as HTMLDialogElement).open)).toBe(false);
	});

	it('starts from the home page search box', async () => {
		const { page } = await open('/');
		await page.getByRole('searchbox', { name: 'Search notes' }).click();
		await page.keyboard.type('SALMONN');
		const first = page.locator('.search-results a').first();
		// Results follow each key typed: wait for those of the whole word.
		await expect.poll(() => first.getAttribute('href')).toBe('/notes/salmonn/');
		expect(await page.locator('.search-dialog input[type="search"]').inputValue()).toBe('SALMONN');
	});

	it('keeps every key typed in the home search box while the search code is still loading', async () => {
		const { page } = await open('/');
		await page.route('**/search.js', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 800));
			await route.continue();
		});
		await page.getByRole('searchbox', { name: 'Search notes' }).click();
		await page.keyboard.type('SALMONN', { delay: 30 });
		const first = page.locator('.search-results a').first();
		await first.waitFor();
		expect(await page.locator('.search-dialog input[type="search"]').inputValue()).toBe('SALMONN');
		await expect.poll(() => first.getAttribute('href')).toBe('/notes/salmonn/');
	});

	it('filters by year, venue and tag', async () => {
		const { page } = await open('/');
		await searchFor(page, 'speech');
		const slugs = async () => (await page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
		expect((await slugs()).length).toBeGreaterThan(2);
		await page.getByLabel('Year').selectOption('2024');
		await expect.poll(slugs).toEqual(['/notes/speechverse/']);
		await page.getByLabel('Year').selectOption('');
		await page.getByLabel('Venue').selectOption('ICLR');
		await expect.poll(async () => (await slugs()).sort()).toEqual(['/notes/salmonn/', '/notes/spectron/']);
		await page.getByLabel('Venue').selectOption('');
		const tags = await page.getByLabel('Tag').locator('option').allTextContents();
		expect(tags.length).toBeGreaterThan(2);
	});

	it('says when the index could not load, and loads it on the next key once the connection is back', async () => {
		const { page } = await open('/notes/salmonn/');
		await page.route('**/pagefind/en/pagefind.js', (route) => route.abort('internetdisconnected'));
		await page.keyboard.press('/');
		const input = page.locator('.search-dialog input[type="search"]');
		await input.fill('hearin');
		await expect.poll(() => page.locator('.search-status').textContent()).toBe('Search could not load. Check your connection and try again.');
		await page.unroute('**/pagefind/en/pagefind.js');
		await input.press('g');
		await expect.poll(() => page.locator('.search-results a').first().getAttribute('href')).toBe('/notes/salmonn/');
	});

	it('starts each excerpt at a word, not at the comma or full stop where Pagefind cut the text', async () => {
		for (const [start, query] of [['/zh/', '语音'], ['/', 'speech']] as const) {
			const excerpts = await (await excerptsFor(start, query)).allTextContents();
			expect(excerpts).toHaveLength(5);
			for (const excerpt of excerpts) expect(excerpt, query).toMatch(/^[^\s,.;:!?，。、；：！？]/);
		}
	});

	it('shows the hits in the note’s text, not its title and authors again, unless only they match', async () => {
		const salmonn = (await excerptsFor('/', 'salmonn')).first();
		expect(await salmonn.textContent()).not.toContain('Towards Generic Hearing Abilities');
		expect((await salmonn.locator('mark').allTextContents()).join(' ')).toContain('SALMONN');
		const author = (await excerptsFor('/', 'Nilaksh')).first();
		expect(await author.locator('mark').allTextContents()).toEqual(['Nilaksh']);
	});

	it('says so when nothing matches, in the page language', async () => {
		const { page } = await open('/zh/');
		await page.keyboard.press('/');
		await page.locator('.search-dialog input[type="search"]').fill('xyzzyqwerty');
		await expect.poll(() => page.locator('.search-status').textContent()).toBe('没有与“xyzzyqwerty”匹配的笔记。');
	});
});
