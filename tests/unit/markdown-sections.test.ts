import { describe, expect, it } from 'vitest';
import { render, withoutAnchors } from './markdown-render.ts';

describe('remark-sections: sections with no text yet', () => {
	it('removes a heading followed by one of the same or a higher level, or by the end, and records it', async () => {
		const { html, data } = await render(
			[
				'## Abstract: 摘要', '', 'Text.', '',
				'## Method: 方法', '', // empty: followed by another h2
				'## Experiments', '', '### Setup: 设置', '', 'Details.', '',
				'### Ablations', '', // empty: followed by a higher level
				'## Related Works: 相关工作', // empty: end of the note
			].join('\n'),
		);
		expect(data.pendingSections).toEqual([
			{ en: 'Method', zh: '方法' },
			{ en: 'Ablations', zh: 'Ablations' },
			{ en: 'Related Works', zh: '相关工作' },
		]);
		expect(html).not.toMatch(/Method|方法|Ablations|Related|相关工作/);
		expect(html).toContain('id="abstract"');
		expect(html).toContain('<h2 id="experiments">Experiments</h2>');
	});

	it('keeps a heading whose subsections have text, and removes one whose subsections are all empty', async () => {
		const { html, data } = await render('## Method\n\n### Encoder\n\n### Decoder\n\n## Results\n\n### Main\n\nNumbers.');
		expect(data.pendingSections.map((s) => s.en)).toEqual(['Method', 'Encoder', 'Decoder']);
		expect(withoutAnchors(html)).toBe('<h2 id="results">Results</h2>\n<h3 id="main">Main</h3>\n<p>Numbers.</p>');
	});

	it('counts comments and empty language blocks as no text, and keeps link definitions', async () => {
		const { html, data } = await render(
			'## Notes\n\n<!-- TODO -->\n\n:::en\n:::\n\n:::zh\n:::\n\n[ref]: https://arxiv.org/ref\n\n## Links\n\nSee [ref].',
		);
		expect(data.pendingSections).toEqual([{ en: 'Notes', zh: 'Notes' }]);
		expect(withoutAnchors(html)).toBe('<h2 id="links">Links</h2>\n<p>See <a href="https://arxiv.org/ref" rel="noopener noreferrer" target="_blank">ref</a>.</p>');
	});

	it('keeps sections with text, a code block, math, an image or a table', async () => {
		for (const body of ['Text', '```\ncode\n```', '$$\nx\n$$', '![alt](https://example.org/a.png)', '| a |\n|---|\n| 1 |']) {
			const { data } = await render(`## Section\n\n${body}\n\n## Next\n\nText.`);
			expect(data.pendingSections, body).toEqual([]);
		}
	});

	it('records an empty list when every section has text', async () => {
		const { data } = await render('Intro.');
		expect(data.pendingSections).toEqual([]);
		expect(data.toc).toEqual([]);
	});
});

describe('remark-page-data: toc and hasMath', () => {
	it('lists the remaining h2/h3 headings in order with the ids of the HTML', async () => {
		const { html, data } = await render(
			'# Title\n\nT.\n\n## Abstract: 摘要\n\nA.\n\n### Key Idea · 核心思想\n\nK.\n\n#### Deep\n\nD.\n\n## Empty\n\n## Method\n\nM.\n\n## Method\n\nM2.',
		);
		expect(data.toc).toEqual([
			{ depth: 2, id: 'abstract', en: 'Abstract', zh: '摘要' },
			{ depth: 3, id: 'key-idea', en: 'Key Idea', zh: '核心思想' },
			{ depth: 2, id: 'method', en: 'Method', zh: 'Method' },
			{ depth: 2, id: 'method-1', en: 'Method', zh: 'Method' },
		]);
		for (const { id } of data.toc) expect(html).toContain(`id="${id}"`);
	});

	it.each([
		['inline math', 'We have $x^2$.', true],
		['display math', '$$\n\\sum_i x_i\n$$', true],
		['a math code block', '```math\na+b\n```', true],
		['math in a language block', ':::en\nLoss $L$\n:::', true],
		['no math', 'Only `$x$` in code, and \\$5.', false],
	])('hasMath with %s', async (_, markdown, expected) => {
		const { data } = await render(markdown);
		expect(data.hasMath).toBe(expected);
	});
});
