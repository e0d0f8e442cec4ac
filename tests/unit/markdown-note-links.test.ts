import { describe, expect, it } from 'vitest';
import { linkedNoteId, relativeNoteHref } from '../../src/markdown/rehype-note-links.ts';
import type { NoteIndex } from '../../src/markdown/note-index.ts';
import { excerpt } from '../../src/markdown/remark-summary.ts';
import { render } from './markdown-render.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

// The renderer reads the real notes folder: salmonn (arXiv 2310.13289) and audiogpt are notes, test-note.md links from it.
describe('rehype-note-links', () => {
	it('leads links to another note, written any of the ways people write them, to that note’s page', async () => {
		const forms = [
			'./salmonn.md',
			'salmonn.md',
			'../notes/salmonn.md',
			'salmonn',
			'salmonn/',
			'/notes/salmonn/',
			'/zh/notes/salmonn',
			'../salmonn/',
			`${siteUrl}/notes/salmonn/`,
			'https://arxiv.org/abs/2310.13289',
			'https://arxiv.org/pdf/2310.13289v2',
			'http://www.arxiv.org/abs/2310.13289v1/',
		];
		const { html, data } = await render(forms.map((href, i) => `[l${i}](${href})`).join(' '));
		expect(html.match(/href="[^"]*"/g)).toEqual(forms.map(() => 'href="../salmonn/"'));
		expect(html.match(/data-note="salmonn"/g)).toHaveLength(forms.length);
		expect(html).not.toContain('target=');
		expect(data.noteLinks).toEqual(['salmonn']);
	});

	it('keeps a section of the other note, but not an arXiv page’s anchor', async () => {
		const { html } = await render('[a](./audiogpt.md#method) [b](/notes/audiogpt/#results) [c](https://arxiv.org/abs/2310.13289#S1)');
		expect(html).toContain('href="../audiogpt/#method"');
		expect(html).toContain('href="../audiogpt/#results"');
		expect(html).toContain('href="../salmonn/"');
	});

	it('leaves other links alone and records each linked note once, sorted', async () => {
		const { html, data } = await render(
			'[x](./missing.md) [y](https://arxiv.org/abs/2401.99999) [z](#abstract) [w](mailto:a@b.c) [v](./salmonn.md) [u](audiogpt) [t](salmonn)',
		);
		expect(html).toContain('href="./missing.md"');
		expect(html).toContain('href="https://arxiv.org/abs/2401.99999" rel="noopener noreferrer" target="_blank"');
		expect(html).toContain('href="#abstract"');
		expect(html).toContain('href="mailto:a@b.c"');
		expect(data.noteLinks).toEqual(['audiogpt', 'salmonn']);
	});

	it('resolves relative paths from the linking note’s own folder', () => {
		const index: NoteIndex = { dir: '/site/notes', ids: new Set(['a', 'speech/b']), byArxiv: new Map([['2401.00001', 'speech/b']]) };
		expect(linkedNoteId('./b.md', 'speech/c', index)).toBe('speech/b');
		expect(linkedNoteId('../a.md', 'speech/c', index)).toBe('a');
		expect(linkedNoteId('../../notes/a.md', 'speech/c', index)).toBe('a');
		expect(linkedNoteId('../outside.md', 'a', index)).toBeUndefined();
		expect(linkedNoteId('https://arxiv.org/abs/2401.00001', 'a', index)).toBe('speech/b');
		expect(linkedNoteId('https://elsewhere.org/notes/a/', 'speech/c', index, 'example.org')).toBeUndefined();
		// A page path (ending in /) is the page's first, as the browser reads it: from /notes/speech/c/, ../a/ is /notes/speech/a/.
		const twoA: NoteIndex = { ...index, ids: new Set(['a', 'speech/a']) };
		expect(linkedNoteId('../a/', 'speech/c', twoA)).toBe('speech/a');
		expect(linkedNoteId('../../a/', 'speech/c', twoA)).toBe('a');
		expect(linkedNoteId('../a.md', 'speech/c', twoA)).toBe('a');
		expect(relativeNoteHref('speech/c', 'a')).toBe('../../a/');
		expect(relativeNoteHref('a', 'speech/b', '#x')).toBe('../speech/b/#x');
	});
});

describe('remark-summary', () => {
	it('takes the first section with text, per language, shared text in both', async () => {
		const { data } = await render(
			['## Empty', '', '## Abstract: 摘要', '', 'Shared line.', '', ':::en', 'English **text**.', ':::', '', ':::zh', '中文内容.', ':::', '', '## Method', '', 'Later.'].join('\n'),
		);
		expect(data.summary).toEqual({ en: 'Shared line. English text.', zh: 'Shared line. 中文内容.' });
	});

	it('cuts at whole sentences, and a too-long first sentence at a word', () => {
		const sentence = 'This sentence is exactly about sixty characters long, more or less. ';
		const text = sentence.repeat(8);
		const cut = excerpt(text, 'en');
		expect(cut.length).toBeLessThanOrEqual(300);
		expect(cut.endsWith('less.')).toBe(true);
		expect(excerpt('As in AudioLM [Borsos et al., 2022], short.', 'en')).toBe('As in AudioLM [Borsos et al., 2022], short.');
		const long = excerpt(`${'word '.repeat(100)}end.`, 'en');
		expect(long.endsWith('word…')).toBe(true);
		expect(excerpt('中文句子. '.repeat(40), 'zh').length).toBeLessThanOrEqual(150);
	});
});

describe('rehype-heading-anchors', () => {
	it('puts a link beside each heading, named by the page’s label and the heading', async () => {
		const { html } = await render('## Method: 方法\n\nText.\n\n### Details\n\nMore.');
		expect(html).toContain(
			'<div class="heading-wrapper level-h2"><h2 id="method"><span data-lang="en" lang="en">Method</span><span data-lang="zh" lang="zh-CN">方法</span></h2>' +
				'<a class="heading-anchor" href="#method" aria-labelledby="heading-anchor-label method" data-pagefind-ignore=""></a></div>',
		);
		expect(html).toContain('href="#details" aria-labelledby="heading-anchor-label details"');
	});

	it('gives GFM’s hidden footnotes heading none', async () => {
		const { html } = await render('Text.[^1]\n\n[^1]: A note.');
		expect(html).toContain('id="footnote-label"');
		expect(html).not.toContain('href="#footnote-label"');
	});
});
