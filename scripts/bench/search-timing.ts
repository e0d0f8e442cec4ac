/** Search in Chromium, as a reader meets it: open search on a note page, wait until it is ready, type a query, see the first result. */
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../../tests/e2e/browser.ts';
import { recordTransfers, totalBytes } from './wire.ts';

export interface SearchTiming {
	path: string;
	query: string;
	/** From the key that opens search to the index being ready (dialog no longer `aria-busy`). */
	readyMs: number;
	/** From the last keystroke of the query to the frame showing its first result. */
	firstResultMs: number;
	results: number;
	/** Bytes fetched (gzipped) to get ready, and then for the query. */
	readyBytes: number;
	queryBytes: number;
	requests: number;
}

interface Probe {
	open: number;
	ready: number;
	last: number;
	first: number;
}

/** Installed in the page: timestamps in the page's own clock, so the driver's round trips do not count. */
function installProbe() {
	const probe: Probe = { open: 0, ready: 0, last: 0, first: 0 };
	(window as unknown as { benchProbe: Probe }).benchProbe = probe;
	addEventListener('keydown', () => (probe.open ||= performance.now()), { capture: true, once: true });
	document.addEventListener('input', () => ((probe.last = performance.now()), (probe.first = 0)), true);
	new MutationObserver((records) => {
		const dialog = document.querySelector('.search-dialog');
		if (!probe.ready && dialog?.getAttribute('aria-busy') === 'false') probe.ready = performance.now();
		const listed = records.some((record) => record.type === 'childList' && (record.target as Element).matches('.search-results') && record.addedNodes.length > 0);
		if (probe.last && !probe.first && listed) requestAnimationFrame(() => (probe.first ||= performance.now()));
	}).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/** A warm page: search opened and ready, then the query typed a key at a time (about 8 keys a second). */
export async function measureSearch(browser: Browser, siteUrl: string, path: string, query: string): Promise<SearchTiming> {
	const { context } = await isolatedContext(browser, siteUrl, { viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
		await page.evaluate(installProbe);
		const transfers = recordTransfers(page);
		await page.keyboard.press('/');
		await page.waitForFunction(() => (window as unknown as { benchProbe: Probe }).benchProbe.ready > 0);
		const ready = await transfers.take();
		await page.keyboard.type(query, { delay: 120 });
		await page.waitForFunction(() => (window as unknown as { benchProbe: Probe }).benchProbe.first > 0);
		await page.waitForLoadState('networkidle');
		const queried = await transfers.take();
		const probe = await page.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe);
		return {
			path,
			query,
			readyMs: probe.ready - probe.open,
			firstResultMs: probe.first - probe.last,
			results: await page.locator('.search-results li').count(),
			readyBytes: totalBytes(ready),
			queryBytes: totalBytes(queried),
			requests: ready.length + queried.length,
		};
	} finally {
		await context.close();
	}
}
