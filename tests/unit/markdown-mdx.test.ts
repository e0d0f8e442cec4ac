import { describe, expect, it } from 'vitest';
import { compileMdx } from './markdown-render.ts';

describe('the same plugins on an .mdx note', () => {
	it('compiles, with language blocks, split headings, math, page data, and JSX and expressions left alone', async () => {
		const { code, data, warnings } = await compileMdx(
			[
				'export const count = 3;',
				'',
				'## Abstract: 摘要',
				'',
				':::en',
				'We have {count} things, $x^2$ and ratio:high.',
				':::',
				'',
				':::zh',
				'中文',
				':::',
				'',
				'<details><summary>More</summary>Inside</details>',
				'',
				'```js',
				'let a = 1;',
				'```',
				'',
				'## Empty: 空',
			].join('\n'),
		);
		expect(warnings).toEqual([]);
		expect(data).toEqual({
			pendingSections: [{ en: 'Empty', zh: '空' }],
			toc: [{ depth: 2, id: 'abstract', en: 'Abstract', zh: '摘要' }],
			hasMath: true,
			noteLinks: [],
			summary: { en: 'We have things, x^2 and ratio:high.', zh: '中文' },
		});
		expect(code).toContain('export const count = 3;');
		expect(code).toMatch(/id: "abstract",\s+children: \[_jsx\(_components\.span, \{\s+"data-lang": "en",\s+lang: "en",\s+children: "Abstract"/);
		expect(code).toMatch(/class: "bilingual"/);
		expect(code).toMatch(/"We have ", count, " things, "/);
		expect(code).toContain('"katex-mathml"');
		expect(code).toContain('" and ratio:high."');
		expect(code).toMatch(/_jsxs\("details", \{\s+children: \[_jsx\("summary"/); // JSX, not sanitized
		expect(code).toContain('class: "astro-code');
	});
});
