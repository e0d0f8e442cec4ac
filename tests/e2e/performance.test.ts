import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { recordTransfers, totalBytes, type Transfer } from '../../scripts/bench/wire.ts';
import { isolatedContext, launchBrowser } from './browser.ts';
import { readNotes } from './notes.ts';

const KB = 1024;
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** A first visit (empty cache) to `path` on `origin`: what it fetched, each body gzipped, once fonts and requests are done. */
async function firstVisit(origin: string, path: string, init?: () => void): Promise<{ page: Page; transfers: Transfer[] }> {
	const { context } = await isolatedContext(browser, origin, { viewport: { width: 1280, height: 900 } });
	if (init) await context.addInitScript(init);
	const page = await context.newPage();
	const recorder = recordTransfers(page);
	const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
	expect(response?.status(), `GET ${path}`).toBe(200);
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	await page.waitForLoadState('networkidle');
	return { page, transfers: await recorder.take() };
}

const own = (origin: string, transfers: Transfer[], type?: string) =>
	transfers.filter((transfer) => !type || transfer.type === type).map((transfer) => transfer.url.slice(origin.length));

/** Bounding boxes of the elements a reader's eye and pointer rest on, rounded to pixels. */
const boxes = (page: Page, selectors: string[]) =>
	page.evaluate(
		(list) =>
			list.map((selector) => {
				const box = document.querySelector(selector)!.getBoundingClientRect();
				return `${selector} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;
			}),
		selectors,
	);

/** Layout shifts the page has seen so far that were not caused by the reader's own input (what CLS counts), and all of them. */
const layoutShifts = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<{ unexpected: number; all: number }>((resolve) => {
				new PerformanceObserver((list, observer) => {
					const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
					observer.disconnect();
					resolve({ unexpected: entries.filter((entry) => !entry.hadRecentInput).length, all: entries.length });
				}).observe({ type: 'layout-shift', buffered: true });
				// The observer is not called when there is nothing to report.
				setTimeout(() => resolve({ unexpected: 0, all: 0 }), 500);
			}),
	);

describe('page weight', () => {
	const siteUrl = inject('siteUrl');

	for (const note of readNotes()) {
		for (const path of [`/notes/${note.slug}/`, `/zh/notes/${note.slug}/`]) {
			it(`${path} (no math) weighs at most 20 KB gzip and fetches no JavaScript and nothing of KaTeX`, async () => {
				const { page, transfers } = await firstVisit(siteUrl, path);
				expect(totalBytes(transfers)).toBeGreaterThan(1 * KB);
				expect(totalBytes(transfers)).toBeLessThanOrEqual(20 * KB);
				expect(own(siteUrl, transfers, 'script')).toEqual([]);
				expect(own(siteUrl, transfers).filter((url) => url.includes('katex'))).toEqual([]);
				await page.context().close();
			});
		}
	}

	it('keeps every inline script under 1 KB and links no script file, on every page', () => {
		const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) {
			const html = readFileSync(join('dist', file), 'utf8');
			const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
			for (const [, attributes, code] of scripts) {
				expect(attributes, file).not.toMatch(/\bsrc=/);
				// Data blocks (JSON-LD for citation tools) are not code the browser runs.
				if (/type="application\/ld\+json"/.test(attributes!)) continue;
				expect(Buffer.byteLength(code!), `${file}: inline script`).toBeLessThan(1 * KB);
			}
		}
	});
});

describe('math', () => {
	const site = inject('fixtureSites').math!;

	it('loads the KaTeX stylesheet and only the fonts its formulas use', async () => {
		expect(site.status, site.log).toBe(0);
		const { page, transfers } = await firstVisit(site.url!, '/notes/math-note/');
		const files = own(site.url!, transfers);
		expect(files).toContain('/katex/katex.min.css');
		const fonts = files.filter((url) => url.endsWith('.woff2')).map((url) => url.replace(/^.*\/|\.woff2$/g, ''));
		// The font files KaTeX's stylesheet names for each family, weight and style the rendered math is set in.
		const used = await page.evaluate(() => {
			const names = new Set<string>();
			for (const element of document.querySelectorAll('.katex-html *')) {
				if (![...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())) continue;
				const style = getComputedStyle(element);
				const family = style.fontFamily.split(',')[0]!.trim().replace(/"/g, '');
				if (!family.startsWith('KaTeX_')) continue;
				const bold = Number(style.fontWeight) >= 600;
				const italic = style.fontStyle === 'italic';
				names.add(`${family}-${bold && italic ? 'BoldItalic' : bold ? 'Bold' : italic ? 'Italic' : 'Regular'}`);
			}
			return [...names];
		});
		expect(used.length).toBeGreaterThan(1);
		expect(fonts.sort()).toEqual(used.sort());
		await page.context().close();
	});
});

describe('layout stability', () => {
	const siteUrl = inject('siteUrl');
	// Side by side widens the text (the table of contents makes room): what is above the text stays.
	const steady = ['.site-header', '.note-header', '.read-switch'];

	it('applies a remembered side-by-side reading before the first paint', async () => {
		const { page } = await firstVisit(siteUrl, '/notes/salmonn/', () => localStorage.setItem('read', 'both'));
		expect(await page.getAttribute('html', 'data-read')).toBe('both');
		expect(await layoutShifts(page)).toEqual({ unexpected: 0, all: 0 });
		await page.context().close();
	});

	it('moves nothing, on the page or in the dialog, when search opens, loads and shows results', async () => {
		const { page } = await firstVisit(siteUrl, '/notes/salmonn/');
		const before = await boxes(page, [...steady, '.toc', '.note-body']);
		await page.keyboard.press('/');
		await page.locator('.search-dialog[aria-busy="false"]').waitFor();
		expect(await boxes(page, [...steady, '.toc', '.note-body'])).toEqual(before);
		await page.keyboard.type('speech', { delay: 50 });
		await page.locator('.search-results a').first().waitFor();
		// Even shifts right after a key press (which CLS forgives) are counted here.
		expect(await layoutShifts(page)).toEqual({ unexpected: 0, all: 0 });
		await page.context().close();
	});

	it('keeps the reading switch and everything above the text in place when the reading mode changes', async () => {
		const { page } = await firstVisit(siteUrl, '/notes/salmonn/');
		const before = await boxes(page, steady);
		for (const name of ['Side by side', '中文', 'English']) {
			await page.getByRole('button', { name }).click();
			expect(await boxes(page, steady), name).toEqual(before);
		}
		// The text below the switch changes, as asked; nothing shifts on its own.
		expect((await layoutShifts(page)).unexpected).toBe(0);
		await page.context().close();
	});
});
