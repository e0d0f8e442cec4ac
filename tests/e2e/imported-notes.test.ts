import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isolatedContext, launchBrowser } from './browser.ts';

// The fixture site `imported` holds what `npm run import` gives for every variant of the older format.
const notesDir = 'tests/fixtures/sites/imported/notes';
const site = inject('fixtureSites').imported!;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string): Promise<Page> {
	const { context } = await isolatedContext(browser, site.url!);
	const page = await context.newPage();
	expect((await page.goto(site.url + path))?.status(), path).toBe(200);
	return page;
}

const visible = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((nodes) => nodes.filter((node) => (node as HTMLElement).offsetParent !== null).map((node) => (node as HTMLElement).innerText.trim()));

describe('a site built from imported notes', () => {
	it('builds, with no warning but the formula the importer reported', () => {
		expect(site.status, site.log).toBe(0);
		const warnings = site.log.split('\n').filter((line) => /warning/i.test(line));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/ctc\.md:\d+:\d+: warning: .*Undefined control sequence: \\softmax/);
	});

	it('has a page in each language for every note', () => {
		for (const name of readdirSync(notesDir)) {
			const slug = name.replace(/\.md$/, '');
			expect(existsSync(join(site.outDir, 'notes', slug, 'index.html')), slug).toBe(true);
			expect(existsSync(join(site.outDir, 'zh/notes', slug, 'index.html')), slug).toBe(true);
		}
	});

	it('shows the side-by-side table as pairs: English on the English page, Chinese on the Chinese page', async () => {
		const en = await open('/notes/whisper/');
		expect(await en.locator('.note-body .bilingual').count()).toBe(2);
		expect((await visible(en, '.note-body .lang-block')).join('\n')).toContain('We study the capabilities of speech processing systems');
		expect((await visible(en, '.note-body .lang-block')).join('\n')).not.toContain('我们研究了');
		const zh = await open('/zh/notes/whisper/');
		expect((await visible(zh, '.note-body .lang-block')).join('\n')).toContain('我们研究了仅通过预测互联网上大量音频的转录文本');
	});

	it('repairs the table closed by </details>: both halves shown, in their languages', async () => {
		const zh = await open('/zh/notes/qwen-audio/');
		expect((await visible(zh, '.note-body [data-lang="zh"]')).join('\n')).toContain('遵循指令的音频-语言模型');
		const en = await open('/notes/qwen-audio/');
		expect((await visible(en, '.note-body [data-lang="en"]')).join('\n')).toContain('instruction-following audio-language models');
	});

	it('numbers the labelled formulas and resolves \\eqref to the numbers', async () => {
		// Centred, with the number at the right edge, in Chinese as in English (the stylesheet is that of the KaTeX that rendered).
		const zh = await open('/zh/notes/ctc/');
		const display = zh.locator('.note-body [data-lang="zh"] .katex-display').first();
		expect(await display.evaluate((node) => getComputedStyle(node).textAlign)).toBe('center');
		const number = await display.locator('.katex-tag').boundingBox();
		const block = await display.boundingBox();
		expect(number!.x + number!.width).toBeCloseTo(block!.x + block!.width, -1);
		const page = await open('/notes/ctc/');
		expect(await page.locator('.note-body [data-lang="en"] .katex-display .katex-tag').allInnerTexts()).toEqual(['(1)', '(2)']);
		expect(await page.locator('.note-body [data-lang="zh"] .katex-display .katex-tag').allInnerTexts()).toEqual(['(1)', '(2)']);
		expect((await visible(page, '.note-body [data-lang="en"] p')).join('\n')).toContain('Eq. (1) sums over all paths and Eq. (2) is minimised');
	});

	it('keeps a shared picture on both pages and links imported notes to each other', async () => {
		for (const path of ['/notes/hubert/', '/zh/notes/hubert/']) {
			const page = await open(path);
			expect(await page.locator('.note-body img[src="https://example.org/hubert/figure1.png"]').isVisible(), path).toBe(true);
		}
		const index = await open('/notes/whisper-notes-index/');
		await index.locator('.note-body a', { hasText: 'its own note' }).click();
		await index.waitForURL(`${site.url}/notes/whisper/`);
		expect(await index.locator('h1').textContent()).toBe('Robust Speech Recognition via Large-Scale Weak Supervision');
	});

	it('keeps what the site cannot link to as text, and footnotes that resolve in both languages', async () => {
		for (const path of ['/notes/fastspeech-2/', '/zh/notes/fastspeech-2/']) {
			const page = await open(path);
			expect(await page.locator('.note-body img[src*="Images/"]').count(), path).toBe(0);
			expect((await visible(page, '.note-body .lang-block')).join('\n'), path).toMatch(/image: .*Images\/2006\.04558_Fig\.02\.png, not on the site/);
		}
		const index = await open('/notes/whisper-notes-index/');
		expect(await index.locator('.note-body a[href*="PDF"], .note-body a[href*="Survey"], .note-body a[href="#appendix"]').count()).toBe(0);
		expect((await visible(index, '.note-body')).join('\n')).toContain('A local copy of the paper is here, and a note not imported there.');
		for (const path of ['/notes/speech-transformer/', '/zh/notes/speech-transformer/']) {
			const page = await open(path);
			const reference = page.locator('.note-body .lang-block a[href="#user-content-fn-1"]').filter({ visible: true });
			expect(await reference.count(), path).toBe(1);
			expect(await page.locator('#user-content-fn-1').textContent(), path).toContain('Listen, Attend and Spell');
		}
	});
});
