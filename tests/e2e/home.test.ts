import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.ts';

const { open, url } = useBrowser();

// Newest first, by the month of each paper's arXiv id.
const expectedOrder = ['SpeechVerse', 'SALMONN', 'AudioPaLM', 'Spectron', 'AudioGPT'];

describe('home pages', () => {
	it('lists every note newest first in English, with authors, year, venue and tags', async () => {
		const { page, foreign, scripts } = await open('/');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('.note-card h2').allTextContents()).toEqual(expectedOrder);
		const salmonn = page.locator('.note-card', { hasText: 'SALMONN' });
		await expect.poll(() => salmonn.locator('.note-card-title').textContent()).toBe('SALMONN: Towards Generic Hearing Abilities for Large Language Models');
		expect(await salmonn.locator('.note-card-authors').textContent()).toBe('Changli Tang, Wenyi Yu, Guangzhi Sun et al.');
		expect(await salmonn.locator('.note-card-meta').textContent()).toBe('2023ICLR 2024');
		expect((await salmonn.locator('.tag').allTextContents()).length).toBeGreaterThan(0);
		expect(await page.locator('.home-count').textContent()).toBe('5 notes');
		// Five notes fit on one page: the list is complete (the filters work in place) and needs no pagination.
		expect(await page.locator('.note-list[data-complete]').count()).toBe(1);
		expect(await page.locator('.pagination').count()).toBe(0);
		expect(await page.getByRole('searchbox', { name: 'Search notes' }).count()).toBe(1);
		expect(scripts).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('has a Chinese home page with a translated interface', async () => {
		const { page } = await open('/zh/');
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await page.locator('h1').textContent()).toBe('论文笔记');
		expect(await page.locator('.note-card h2').allTextContents()).toEqual(expectedOrder);
		expect(await page.locator('.note-card', { hasText: 'AudioPaLM' }).locator('.note-card-authors').textContent()).toMatch(/ 等$/);
		expect(await page.locator('.home-count').textContent()).toBe('共 5 篇笔记');
		await page.locator('.note-card a', { hasText: 'SALMONN' }).click();
		await page.waitForURL(url('/zh/notes/salmonn/'));
	});

	it('switches language from one home page to the other', async () => {
		const { page } = await open('/');
		await page.getByRole('link', { name: 'Read this page in Chinese' }).click();
		await page.waitForURL(url('/zh/'));
		await page.getByRole('link', { name: '阅读本页英文版' }).click();
		await page.waitForURL(url('/'));
	});

	it('answers a missing address with the 404 page', async () => {
		const { page } = await open('/');
		const response = await page.goto(url('/notes/no-such-paper/'));
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
	});
});
