import { describe, expect, it } from 'vitest';
import { compileMdx, render } from './markdown-render.ts';

describe('remark-footnote-labels: a footnote label defined twice', () => {
	it('warns, naming the label and the line of the second definition, which GFM does not show', async () => {
		const { html, warnings } = await render(
			['## Method: 方法', '', ':::en', 'A claim.[^1]', '', '[^1]: The English note.', ':::', '', ':::zh', '一个论断.[^1]', '', '[^1]: 中文脚注.', ':::'].join('\n'),
		);
		expect(warnings).toEqual([expect.stringMatching(/^notes\/test-note\.md:12:1: warning: Footnote \[\^1\] is defined twice, and this definition is never shown: .* \[note-footnotes\]$/)]);
		expect(html).toContain('The English note.');
		expect(html).not.toContain('中文脚注');
	});

	it('finds a second definition inside another footnote, and in an .mdx note\'s JSX block', async () => {
		const nested = await render(['A.[^1] B.[^2]', '', '[^1]: One.', '', '    [^2]: Inner two.', '', '[^2]: Outer two.'].join('\n'));
		expect(nested.warnings).toEqual([expect.stringMatching(/^notes\/test-note\.md:7:1: warning: Footnote \[\^2\] is defined twice/)]);
		const mdx = await compileMdx(['A.[^1]', '', '[^1]: One.', '', '<div>', '', '[^1]: Two.', '', '</div>'].join('\n'));
		expect(mdx.warnings).toEqual([expect.stringMatching(/:7:1: warning: Footnote \[\^1\] is defined twice/)]);
	});

	it('says nothing when each language has its own label, and shows both', async () => {
		const { html, warnings } = await render(
			[':::en', 'A claim.[^1]', '', '[^1]: The English note.', ':::', '', ':::zh', '一个论断.[^1-zh]', '', '[^1-zh]: 中文脚注.', ':::'].join('\n'),
		);
		expect(warnings).toEqual([]);
		expect(html).toContain('The English note.');
		expect(html).toContain('中文脚注.');
	});
});
