/** Search in Chromium, as a reader meets it: open search on a note page, wait until it is ready, type a query, see the first result. */
import type { Browser, Page } from 'playwright-core';
import { isolatedContext } from '../../tests/e2e/browser.ts';
import { recordTransfers, totalBytes } from './wire.ts';

export interface SearchQuery {
	/** The page search is opened on. */
	path: string;
	text: string;
	/**
	 * How a Chinese reader enters `text`: through an input method, each word's pinyin composed a key
	 * at a time (search waits), then the key that commits the word. Without it, `text` is typed a key at a time.
	 */
	words?: { pinyin: string; word: string }[];
}

export interface SearchTiming {
	path: string;
	query: string;
	/** From the key that opens search to the index being ready (dialog no longer `aria-busy`). */
	readyMs: number;
	/** From the last keystroke of the query (for Chinese, the one committing the last word) to the frame showing its first result: the median trial's. */
	firstResultMs: number;
	/** Every trial's, in order. */
	firstResultTrialsMs: number[];
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

/** About 8 keys a second. */
const keyGapMs = 120;

async function typeQuery(page: Page, query: SearchQuery) {
	if (!query.words) return page.keyboard.type(query.text, { delay: keyGapMs });
	const ime = await page.context().newCDPSession(page);
	for (const [index, { pinyin, word }] of query.words.entries()) {
		if (index > 0) await page.waitForTimeout(keyGapMs);
		for (let length = 1; length <= pinyin.length; length++) {
			await ime.send('Input.imeSetComposition', { text: pinyin.slice(0, length), selectionStart: length, selectionEnd: length });
			await page.waitForTimeout(keyGapMs);
		}
		await ime.send('Input.insertText', { text: word });
	}
}

/**
 * Search timed on a warm page, `trials` times, each in a fresh browser context: search opened and
 * ready, then the query entered. The median trial is reported (one trial on a busy host says little).
 */
export async function measureSearch(browser: Browser, siteUrl: string, query: SearchQuery, trials = 3): Promise<SearchTiming> {
	const timings: Trial[] = [];
	for (let trial = 0; trial < trials; trial++) timings.push(await searchOnce(browser, siteUrl, query));
	const median = [...timings].sort((a, b) => a.firstResultMs - b.firstResultMs)[trials >> 1]!;
	return { ...median, firstResultTrialsMs: timings.map((timing) => timing.firstResultMs) };
}

type Trial = Omit<SearchTiming, 'firstResultTrialsMs'>;

async function searchOnce(browser: Browser, siteUrl: string, query: SearchQuery): Promise<Trial> {
	const { path } = query;
	const { context } = await isolatedContext(browser, siteUrl, { viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
		await page.evaluate(installProbe);
		const transfers = recordTransfers(page);
		await page.keyboard.press('/');
		await page.waitForFunction(() => (window as unknown as { benchProbe: Probe }).benchProbe.ready > 0);
		const ready = await transfers.take();
		await typeQuery(page, query);
		await page.waitForFunction(() => (window as unknown as { benchProbe: Probe }).benchProbe.first > 0);
		await page.waitForLoadState('networkidle');
		const queried = await transfers.take();
		const probe = await page.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe);
		return {
			path,
			query: query.text,
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
