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
});
