import { describe, expect, it } from 'vitest';
import { render } from './markdown-render.ts';

describe('typography: SmartyPants, only where there is something to change', () => {
	it('curls quotes and apostrophes, across emphasis and in Chinese text, and sets dashes (-- as an em dash, the SmartyPants default) and ellipses', async () => {
		const { html } = await render('The "*base*" model\'s 1990--2000 run... 称为 "跨模态" 思维链.');
		expect(html).toBe('<p>The “<em>base</em>” model’s 1990—2000 run… 称为 “跨模态” 思维链.</p>');
	});

	it('leaves code alone', async () => {
		const { html } = await render('Say "hi" with `print("hi")`.');
		expect(html).toBe('<p>Say “hi” with <code>print("hi")</code>.</p>');
	});

	it('changes nothing in text without quotes, dashes or ellipses', async () => {
		const { html } = await render('Plain text, with commas; and a colon: here.');
		expect(html).toBe('<p>Plain text, with commas; and a colon: here.</p>');
	});

	it('treats each block alone as it would in the whole note: quotes at the start and end of blocks, in headings and table cells', async () => {
		const { html } = await render('"Open" ends with "\n\n## The "big" one\n\n| "a" | b |\n| --- | --- |\n| x\'s | "y" |\n\nplain\n\n\'single\' and 90s\' work');
		for (const part of ['<p>“Open” ends with ”</p>', '>The “big” one</h2>', '<th>“a”</th>', '<td>x’s</td>', '<td>“y”</td>', '<p>‘single’ and 90s’ work</p>']) {
			expect(html).toContain(part);
		}
	});
});
