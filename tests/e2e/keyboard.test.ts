import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness.ts';

const { open, url } = useBrowser();

/** The focused element as a reader would name it, with whether its focus ring shows. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		const box = el.getBoundingClientRect();
		return {
			what: `${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}: ${(el.getAttribute('aria-label') ?? el.innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}`,
			ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
			onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
		};
	});

/** Presses Tab until the focused element matches `target`, at most `limit` times; returns every stop on the way. */
async function tabTo(page: Page, target: RegExp, limit = 60) {
	const stops: Awaited<ReturnType<typeof focused>>[] = [];
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const stop = await focused(page);
		stops.push(stop);
		if (target.test(stop.what)) return stops;
	}
	throw new Error(`never reached ${target}: ${stops.map((s) => s.what).join(' → ')}`);
}

describe('keyboard', () => {
	it('tabs through a note page in order, every stop with a visible focus ring', async () => {
		const { page } = await open('/notes/salmonn/');
		const stops = await tabTo(page, /^a: Abstract$/);
		for (const stop of stops) {
			expect(stop.ring, `focus ring on ${stop.what}`).toBe(true);
			expect(stop.onScreen, `${stop.what} is on screen when focused`).toBe(true);
		}
		const order = [/^a\.skip-link: Skip to content$/, /^button\.search-open: Search/, /^a\.lang-switch: 中文 \(Read this page in Chinese\)$/, /^button: English$/, /^button: 中文$/, /^button: Side by side$/, /^a: Abstract$/];
		let at = 0;
		for (const expected of order) {
			const index = stops.findIndex((stop, i) => i >= at && expected.test(stop.what));
			expect(index, `${expected} after ${stops[at - 1]?.what ?? 'the start'}: ${stops.map((s) => s.what).join(' → ')}`).toBeGreaterThanOrEqual(0);
			at = index + 1;
		}
	});

	it('skips to the content with the skip link', async () => {
		const { page } = await open('/notes/salmonn/');
		await page.keyboard.press('Tab');
		expect((await focused(page)).what).toBe('a.skip-link: Skip to content');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		// The next stop is the first link of the note's header: its first author's page.
		await page.keyboard.press('Tab');
		expect((await focused(page)).what).toBe('a: Changli Tang');
	});

	it('operates the reading switch with Space and Enter', async () => {
		const { page } = await open('/notes/salmonn/');
		const zh = page.locator('.note-body [data-lang="zh"]').first();
		await tabTo(page, /^button: Side by side$/);
		await page.keyboard.press('Space');
		expect(await page.getByRole('button', { name: 'Side by side' }).getAttribute('aria-pressed')).toBe('true');
		expect(await zh.isVisible()).toBe(true);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Shift+Tab');
		expect((await focused(page)).what).toBe('button: English');
		await page.keyboard.press('Enter');
		expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
		expect(await zh.isVisible()).toBe(false);
	});

	it('searches with the keyboard only: open, type, reach a result, follow it', async () => {
		const { page } = await open('/notes/salmonn/');
		await tabTo(page, /^button\.search-open/);
		await page.keyboard.press('Enter');
		await page.locator('.search-dialog input[type="search"]').waitFor();
		expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
		await page.keyboard.type('speaker identity');
		await expect.poll(() => page.locator('.search-results a').first().getAttribute('href')).toBe('/notes/audiopalm/');
		// Past the close button and the filters, every stop with its focus ring.
		const stops = await tabTo(page, /^a: AudioPaLM/, 10);
		for (const stop of stops) expect(stop.ring, `focus ring on ${stop.what}`).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(url('/notes/audiopalm/'));
	});

	it('closes search with Escape and gives focus back to the search button', async () => {
		const { page } = await open('/notes/salmonn/');
		await tabTo(page, /^button\.search-open/);
		await page.keyboard.press('Enter');
		const dialog = page.locator('.search-dialog');
		await dialog.waitFor();
		await page.keyboard.press('Escape');
		expect(await dialog.evaluate((node) => (node as HTMLDialogElement).open)).toBe(false);
		expect((await focused(page)).what).toMatch(/^button\.search-open/);
	});

	it('switches language with the keyboard, named in the page’s language', async () => {
		const { page } = await open('/zh/notes/salmonn/');
		expect(await page.getByRole('group', { name: '阅读语言' }).getByRole('button').allTextContents()).toEqual(['English', '中文', '中英对照']);
		const lang = await tabTo(page, /^a\.lang-switch: English \(阅读本页英文版\)$/);
		expect(await page.getByRole('link', { name: 'English (阅读本页英文版)' }).count()).toBe(1);
		expect(lang.at(-1)!.ring).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(url('/notes/salmonn/'));
	});
});
