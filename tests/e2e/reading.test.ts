import { describe, expect, it } from 'vitest';
import { readSiteFile, siteDir } from './built-site.ts';
import { useBrowser } from './harness.ts';

const { open } = useBrowser();
const fixture = useBrowser({ site: 'links' });
siteDir('links');

describe('heading anchors', () => {
	for (const [path, name] of [['/notes/salmonn/', 'Link to section Abstract'], ['/zh/notes/salmonn/', '本节链接 摘要']] as const) {
		it(`gives each heading a named link to itself, seen on hover or focus (${path})`, async () => {
			const { page } = await open(path);
			const anchor = page.getByRole('link', { name, exact: true });
			expect(await anchor.getAttribute('href')).toBe('#abstract');
			const opacity = () => anchor.evaluate((node) => getComputedStyle(node).opacity);
			expect(await opacity()).toBe('0');
			await page.locator('h2#abstract').hover();
			await expect.poll(opacity).toBe('1');
			await page.mouse.move(0, 0);
			await anchor.focus();
			await expect.poll(opacity).toBe('1');
			// The heading itself is still named by its text alone.
			expect(await page.getByRole('heading', { level: 2, name: name.split(' ').at(-1), exact: true }).count()).toBe(1);
		});
	}
});

describe('table of contents', () => {
	it('marks the section being read as the reader scrolls', async () => {
		const { page } = await fixture.open('/notes/alpha/', { viewport: { width: 1280, height: 600 } });
		const current = () => page.locator('.toc a[aria-current="location"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		await page.locator('h2#discussion').evaluate((node) => node.scrollIntoView({ block: 'start' }));
		await expect.poll(current).toEqual(['#discussion']);
		await page.locator('h2#results').evaluate((node) => node.scrollIntoView({ block: 'start' }));
		await expect.poll(current).toEqual(['#results']);
		await page.evaluate(() => scrollTo(0, 0));
		await expect.poll(current).toEqual([]);
	});
});

describe('long notes', () => {
	it('scrolls a wide table and a long formula inside the text column, not the page, on a phone', async () => {
		const { page } = await fixture.open('/notes/alpha/', { viewport: { width: 390, height: 800 } });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		for (const selector of ['.note-body table', '.note-body .katex-display']) {
			const box = page.locator(selector).first();
			const [scrollWidth, clientWidth, overflow] = await box.evaluate((node) => [node.scrollWidth, node.clientWidth, getComputedStyle(node).overflowX]);
			expect(scrollWidth, selector).toBeGreaterThan(clientWidth as number);
			expect(overflow, selector).toBe('auto');
		}
	});

	it('sets Chinese text with strict line breaking', async () => {
		const { page } = await open('/zh/notes/salmonn/');
		const style = await page.locator('.note-body [data-lang="zh"] p').first().evaluate((node) => getComputedStyle(node).lineBreak);
		expect(style).toBe('strict');
	});
});

describe('print', () => {
	for (const [path, online] of [['/notes/salmonn/', 'Online at http'], ['/zh/notes/salmonn/', '在线阅读：http']] as const) {
		it(`prints the note with its metadata and without navigation (${path})`, async () => {
			const { page } = await open(path);
			await page.emulateMedia({ media: 'print' });
			for (const selector of ['.site-header', '.site-footer', '.toc', '.note-tools', '.search-open', '.lang-switch', '.note-connections']) {
				expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
			}
			for (const selector of ['h1', '.note-meta', '.author-list', '.note-links', '.note-body h2']) {
				expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
			}
			expect(await page.locator('.print-only').textContent()).toContain(online);
			const arxiv = await page.locator('.link-arxiv').evaluate((node) => getComputedStyle(node, '::after').content);
			expect(arxiv).toContain('https://arxiv.org/abs/2310.13289');
			await page.emulateMedia({ media: 'screen' });
			expect(await page.locator('.site-header').isVisible()).toBe(true);
			expect(await page.locator('.print-only').isVisible()).toBe(false);
		});
	}
});

describe('Cite panel', () => {
	it('opens without JavaScript and shows the entry, without a copy button that cannot work', async () => {
		const { page } = await open('/notes/spectron/', { javaScriptEnabled: false });
		await page.getByText('Cite', { exact: true }).click();
		expect(await page.locator('.cite-entry').textContent()).toBe(readSiteFile('dist', '/notes/spectron.bib'));
		expect(await page.locator('.cite-copy').isVisible()).toBe(false);
		expect(await page.getByRole('link', { name: 'Download .bib' }).getAttribute('href')).toBe('/notes/spectron.bib');
	});

	it('opens over the text, inside the text column, moving nothing; a long entry scrolls', async () => {
		const { page } = await fixture.open('/notes/alpha/');
		const boxes = () => Promise.all(['.cite summary', '.read-switch', '.note-body'].map((selector) => page.locator(selector).boundingBox()));
		const before = await boxes();
		await page.getByText('Cite', { exact: true }).click();
		expect(await boxes()).toEqual(before);
		const [panel, column] = await Promise.all(['.cite-panel', '.note-body'].map((selector) => page.locator(selector).boundingBox()));
		expect(panel!.x).toBeGreaterThanOrEqual(column!.x - 1);
		expect(panel!.x + panel!.width).toBeLessThanOrEqual(column!.x + column!.width + 1);
		const entry = page.locator('.cite-entry');
		expect(await entry.evaluate((node) => node.scrollWidth > node.clientWidth)).toBe(true);
	});

	it('copies the entry with JavaScript', async () => {
		const { page } = await open('/zh/notes/spectron/');
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.getByText('引用', { exact: true }).click();
		await page.getByRole('button', { name: '复制' }).click();
		await expect.poll(() => page.locator('.cite-copy').textContent()).toBe('已复制');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(readSiteFile('dist', '/notes/spectron.bib'));
	});
});
