/** Page weight in Chromium: what a first visit to a page fetches, by resource type, gzipped. */
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../../tests/e2e/browser.ts';
import { recordTransfers, totalBytes } from './wire.ts';

export interface PageWeight {
	path: string;
	requests: number;
	bytes: number;
	byType: Record<string, { requests: number; bytes: number }>;
	/** Script files requested (inline scripts are not requests). */
	scripts: string[];
	/** KaTeX files requested: its stylesheet and the fonts the page's math uses. */
	katex: string[];
}

export async function measurePage(browser: Browser, siteUrl: string, path: string): Promise<PageWeight> {
	const { context } = await isolatedContext(browser, siteUrl, { viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		const transfers = recordTransfers(page);
		const response = await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
		if (response?.status() !== 200) throw new Error(`GET ${path}: ${response?.status()}`);
		// Fonts are fetched when text using them is laid out, which may follow the load event.
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.waitForLoadState('networkidle');
		const all = await transfers.take();
		const byType: PageWeight['byType'] = {};
		for (const { type, bytes } of all) {
			const entry = (byType[type] ??= { requests: 0, bytes: 0 });
			entry.requests += 1;
			entry.bytes += bytes;
		}
		const own = (url: string) => url.slice(siteUrl.length);
		return {
			path,
			requests: all.length,
			bytes: totalBytes(all),
			byType,
			scripts: all.filter((transfer) => transfer.type === 'script').map((transfer) => own(transfer.url)),
			katex: all.filter((transfer) => own(transfer.url).includes('/katex/')).map((transfer) => own(transfer.url)),
		};
	} finally {
		await context.close();
	}
}
