import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { useBrowser } from './harness.ts';
import { authorName, plain, readNotes } from './notes.ts';

const { open, url } = useBrowser();
const notes = readNotes();

const visibleText = async (page: import('playwright-core').Page, selector: string) =>
	plain((await page.locator(selector).evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).innerText))).join(' '));

describe('note pages', () => {
	it('has the five seed notes', () => {
		expect(notes.map((note) => note.slug).sort()).toEqual(['audiogpt', 'audiopalm', 'salmonn', 'spectron', 'speechverse']);
	});

	for (const note of notes) {
		it(`renders ${note.slug} completely in English and in Chinese`, async () => {
			for (const lang of ['en', 'zh'] as const) {
				const { page, scripts, foreign, errors } = await open(lang === 'en' ? `/notes/${note.slug}/` : `/zh/notes/${note.slug}/`);
				expect(await page.getAttribute('html', 'lang')).toBe(lang === 'en' ? 'en' : 'zh-CN');
				expect(await page.locator('h1').textContent()).toBe(note.data.title);
				const authors = await page.locator('.author-list li').allTextContents();
				expect(authors).toEqual(note.data.authors.map(authorName));
				for (const [kind, href] of Object.entries(note.data.links)) {
					expect(await page.locator(`.note-links a.link-${kind}`).getAttribute('href'), kind).toBe(href);
				}
				if (note.data.venue) expect(await page.locator('.note-meta').textContent()).toContain(note.data.venue);
				// The abstract in the page's language is shown, every line of it; the other language is hidden.
				const shown = await visibleText(page, '.note-body');
				for (const line of note.lines[lang]) expect(shown).toContain(line);
				const hiddenLang = lang === 'en' ? 'zh' : 'en';
				expect(await page.locator(`.note-body [data-lang="${hiddenLang}"]`).first().isVisible()).toBe(false);
				// Empty sections are not bare headings; the page lists them as still to be written.
				expect(await page.locator('.note-body h2').count()).toBe(1);
				expect(await page.locator('.pending').textContent()).toContain(lang === 'en' ? 'Introduction' : '引言');
				// The invitation leads to the contributor guide in the page's language.
				expect(await page.locator('.pending a').getAttribute('href')).toMatch(lang === 'en' ? /\/CONTRIBUTING\.md$/ : /\/CONTRIBUTING\.zh-CN\.md$/);
				expect(scripts, 'note pages fetch no script files').toEqual([]);
				expect(foreign).toEqual([]);
				expect(errors).toEqual([]);
			}
		});
	}

	it('keeps each author name and each button label on one line on a phone', async () => {
		for (const path of ['/notes/audiopalm/', '/zh/notes/audiopalm/']) {
			const { page } = await open(path, { viewport: { width: 390, height: 844 } });
			// The lines an element's text takes: one box per line.
			const lines = (selector: string) =>
				page.locator(selector).evaluateAll((nodes) =>
					nodes.map((node) => {
						const range = document.createRange();
						range.selectNodeContents(node);
						return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
					}),
				);
			const names = await lines('.author-list a');
			expect(names.length).toBeGreaterThan(20);
			expect(names.every((count) => count === 1)).toBe(true);
			await page.keyboard.press('/');
			await page.locator('.search-close').waitFor();
			// 关闭搜索 broke after 关闭搜.
			expect(await lines('.search-close')).toEqual([1]);
		}
	});

	it('translates the interface on Chinese note pages', async () => {
		const { page } = await open('/zh/notes/salmonn/');
		expect(await page.locator('.note-meta').textContent()).toContain('2023年10月');
		expect(await page.locator('.note-meta dt').allTextContents()).toEqual(['作者', '发表时间', '会议/期刊']);
		expect(await page.locator('.toc h2').textContent()).toBe('本页目录');
		expect(await page.locator('.note-body h2').innerText()).toBe('摘要');
		expect(await page.locator('.toc a').first().innerText()).toBe('摘要');
		expect(await page.getByRole('link', { name: '代码' }).getAttribute('href')).toBe('https://github.com/bytedance/SALMONN');
	});

	it('shows both languages side by side with the reading switch, and one at a time again', async () => {
		const { page } = await open('/notes/salmonn/');
		const en = page.locator('.note-body [data-lang="en"]').first();
		const zh = page.locator('.note-body [data-lang="zh"]').first();
		expect(await page.locator('.note-body h2').innerText()).toBe('Abstract');
		await page.getByRole('button', { name: 'Side by side' }).click();
		expect(await page.getByRole('button', { name: 'Side by side' }).getAttribute('aria-pressed')).toBe('true');
		expect(await zh.isVisible()).toBe(true);
		const [enBox, zhBox] = [await en.boundingBox(), await zh.boundingBox()];
		expect(zhBox!.x).toBeGreaterThan(enBox!.x + enBox!.width - 1);
		expect(Math.abs(zhBox!.y - enBox!.y)).toBeLessThan(5);
		// The choice is remembered on the next note.
		await page.goto(url('/notes/audiogpt/'));
		expect(await page.locator('.note-body [data-lang="zh"]').first().isVisible()).toBe(true);
		await page.getByRole('button', { name: '中文' }).click();
		expect(await page.locator('.note-body [data-lang="en"]').first().isVisible()).toBe(false);
		expect(await page.locator('.note-body [data-lang="zh"]').first().isVisible()).toBe(true);
		expect(await page.locator('.note-body h2').innerText()).toBe('摘要');
	});

	it('keeps the reader on the same note when switching language', async () => {
		const { page } = await open('/notes/spectron/');
		await page.getByRole('link', { name: 'Read this page in Chinese' }).click();
		await page.waitForURL(url('/zh/notes/spectron/'));
		await page.getByRole('link', { name: '阅读本页英文版' }).click();
		await page.waitForURL(url('/notes/spectron/'));
	});

	it('links the table of contents to the headings', async () => {
		const { page } = await open('/notes/audiopalm/');
		const target = await page.locator('.toc a').first().getAttribute('href');
		expect(target).toBe('#abstract');
		expect(await page.locator('.note-body h2#abstract').count()).toBe(1);
	});

	it('links to its file in the repository for editing, and says when the file last changed in git, in both languages', async () => {
		const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'notes/spectron.md'], { encoding: 'utf8' }).trim();
		expect(committed).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		const day = new Date(`${committed.slice(0, 10)}T00:00:00Z`);
		for (const [path, edit, updated, locale] of [
			['/notes/spectron/', 'Edit this note', 'Last updated', 'en'],
			['/zh/notes/spectron/', '编辑这篇笔记', '最后更新于', 'zh-CN'],
		] as const) {
			const { page } = await open(path);
			expect(await page.getByRole('link', { name: edit }).getAttribute('href')).toBe(`${siteConfig.repository}/edit/main/notes/spectron.md`);
			const time = page.locator('.note-updated time');
			expect(await time.getAttribute('datetime')).toBe(committed);
			const shown = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(day);
			expect(await page.locator('.note-updated').innerText()).toBe(`${updated} ${shown}`);
		}
	});
});
