import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness.ts';

const { open, url } = useBrowser();
const noScript = { javaScriptEnabled: false };

describe('with JavaScript turned off', () => {
	it('lists every note on both home pages, and says why search is unavailable, in the page’s language', async () => {
		for (const [path, unavailable, explained] of [
			['/', 'Search needs JavaScript', 'Search needs JavaScript, which is turned off in this browser. Browse the notes below, newest first.'],
			['/zh/', '搜索需要 JavaScript', '搜索需要 JavaScript，而此浏览器已将其关闭。可浏览下方的笔记，最新的在前。'],
		] as const) {
			const { page, errors, scripts } = await open(path, noScript);
			expect(await page.locator('.note-card h2').count()).toBe(5);
			expect(await page.getByText(unavailable, { exact: true }).isVisible()).toBe(true);
			expect(await page.locator('.home-search .noscript').innerText()).toBe(explained);
			expect(await page.locator('[data-search-input]').isDisabled()).toBe(true);
			// The button that could never work gives its place to the reason.
			expect(await page.locator('.search-open').isVisible()).toBe(false);
			expect(errors).toEqual([]);
			expect(scripts).toEqual([]);
		}
	});

	it('shows a note in the page’s language only, with no reading switch, and the language switch leads to the other', async () => {
		const { page } = await open('/notes/salmonn/', noScript);
		const en = page.locator('.note-body [data-lang="en"]').first();
		const zh = page.locator('.note-body [data-lang="zh"]').first();
		expect(await en.isVisible()).toBe(true);
		expect(await zh.isVisible()).toBe(false);
		expect(await page.locator('.read-switch').isVisible()).toBe(false);
		expect(await page.getByText('Search needs JavaScript', { exact: true }).isVisible()).toBe(true);
		await page.locator('.toc a').first().click();
		expect(page.url()).toBe(url('/notes/salmonn/#abstract'));

		await page.locator('.lang-switch').click();
		await page.waitForURL(url('/zh/notes/salmonn/'));
		expect(await zh.isVisible()).toBe(true);
		expect(await en.isVisible()).toBe(false);
		expect(await page.locator('.note-body h2').innerText()).toBe('摘要');
		expect(await page.getByText('搜索需要 JavaScript', { exact: true }).isVisible()).toBe(true);
		expect(await page.locator('.read-switch').isVisible()).toBe(false);
	});
});
