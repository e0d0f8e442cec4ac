import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { describe, expect, it, vi } from 'vitest';
import { markdownPlugins } from '../../src/markdown/index.ts';
import { createNotesRenderer } from '../../src/markdown/renderer.ts';
import { withHelperProcess } from '../../src/markdown/render-pool.ts';

const shared: AstroMarkdownOptions = { syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] }, shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } } };
const note = (i: number) => `## Part ${i}: 第 ${i} 部分\n\n:::en\nText "${i}" with $x_${i}^2$.\n:::\n\n:::zh\n文字 ${i}.\n:::\n\n| a | b |\n| --- | --- |\n| ${i} | 2 |\n`;
const fileURL = (i: number) => new URL(`file:///notes/note-${i}.md`);

describe('rendering notes in two processes', () => {
	it('gives what this process alone gives, for overlapping renders, part of them in the helper', async () => {
		const local = createNotesRenderer(shared, markdownPlugins);
		const expected = await Promise.all(Array.from({ length: 12 }, (_, i) => local.render(note(i), { fileURL: fileURL(i), frontmatter: { title: `N${i}` } })));
		const spy = vi.spyOn(local, 'render');
		const pooled = withHelperProcess(local, shared);
		const results = await Promise.all(Array.from({ length: 12 }, (_, i) => pooled.render(note(i), { fileURL: fileURL(i), frontmatter: { title: `N${i}` } })));
		expect(results).toEqual(expected);
		expect(spy.mock.calls.length).toBeGreaterThan(0);
		expect(spy.mock.calls.length).toBeLessThan(12);
	});

	it('renders a lone note on this thread (a note edited in dev starts no helper)', async () => {
		const local = createNotesRenderer(shared, markdownPlugins);
		const spy = vi.spyOn(local, 'render');
		await withHelperProcess(local, shared).render(note(1));
		expect(spy).toHaveBeenCalledTimes(1);
	});

	it('prints the warnings of notes rendered by the helper, naming the file', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const local = createNotesRenderer(shared, markdownPlugins);
			const pooled = withHelperProcess(local, shared);
			await Promise.all(Array.from({ length: 6 }, (_, i) => pooled.render('Bad $\\frac{1}{$ math.', { fileURL: fileURL(i) })));
			const printed = warn.mock.calls.map((call) => call.join(' '));
			for (let i = 0; i < 6; i++) expect(printed.some((line) => line.includes(`note-${i}.md`))).toBe(true);
		} finally {
			warn.mockRestore();
		}
	});
});
