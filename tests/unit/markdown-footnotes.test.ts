import { describe, expect, it } from 'vitest';
import { render } from './markdown-render.ts';

describe('remark-footnote-labels: a footnote label defined twice', () => {
	it('warns, naming the label and the line of the second definition, which GFM does not show', async () => {
		const { html, warnings } = await render(
			['## Method: 方法', '', ':::en', 'A claim.[^1]', '', '[^1]: The English note.', ':::', '', ':::zh', '一个论断.[^1]', '', '[^1]: 中文脚注.', ':::'].join('\n'),
		);
		expect(warnings).toEqual([expect.stringMatching(/^notes\/test-note\.md:12:1: warning: Footnote \[\^1\] is defined twice, and only its first definition is shown: .* \[note-footnotes\]$/)]);
		expect(html).toContain('The English note.');
		expect(html).not.toContain('中文脚注');
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
