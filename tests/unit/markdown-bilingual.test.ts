import { describe, expect, it } from 'vitest';
import { render } from './markdown-render.ts';

const EN = '<div class="lang-block" data-lang="en" lang="en">';
const ZH = '<div class="lang-block" data-lang="zh" lang="zh-CN">';

describe('remark-bilingual: :::en / :::zh blocks', () => {
	it('wraps an en block followed by a zh block in div.bilingual', async () => {
		const { html } = await render(':::en\nHello\n:::\n\n:::zh\n你好\n:::');
		expect(html).toBe(`<div class="bilingual">${EN}<p>Hello</p></div>${ZH}<p>你好</p></div></div>`);
	});

	it('puts en first when zh comes first', async () => {
		const { html } = await render(':::zh\n你好\n:::\n\n:::en\nHello\n:::');
		expect(html).toBe(`<div class="bilingual">${EN}<p>Hello</p></div>${ZH}<p>你好</p></div></div>`);
	});

	it('marks a block with no partner data-solo', async () => {
		const { html } = await render('Shared text.\n\n:::zh\n只有中文\n:::\n\nMore shared.\n\n:::en\nOnly English\n:::');
		expect(html).toContain('<p>Shared text.</p>');
		expect(html).toContain('<div class="lang-block" data-lang="zh" lang="zh-CN" data-solo=""><p>只有中文</p></div>');
		expect(html).toContain('<div class="lang-block" data-lang="en" lang="en" data-solo=""><p>Only English</p></div>');
		expect(html).not.toContain('bilingual');
	});

	it('leaves out an empty block, so its partner shows in both languages until the translation is written', async () => {
		const { html } = await render(':::en\nThe abstract.\n:::\n\n:::zh\n\n:::');
		expect(html).toBe('<div class="lang-block" data-lang="en" lang="en" data-solo=""><p>The abstract.</p></div>');
		const comment = await render(':::zh\n<!-- 待翻译 -->\n:::\n\n:::en\nText\n:::');
		expect(comment.html).toBe('<div class="lang-block" data-lang="en" lang="en" data-solo=""><p>Text</p></div>');
	});

	it('pairs neighbours left to right: en, en, zh is a solo en then a pair', async () => {
		const { html } = await render(':::en\nOne\n:::\n\n:::en\nTwo\n:::\n\n:::zh\n二\n:::');
		expect(html).toBe(
			`<div class="lang-block" data-lang="en" lang="en" data-solo=""><p>One</p></div>\n` +
				`<div class="bilingual">${EN}<p>Two</p></div>${ZH}<p>二</p></div></div>`,
		);
	});

	it('keeps Markdown inside blocks and pairs blocks inside other containers', async () => {
		const { html } = await render('- item\n\n  :::en\n  **bold** [link](/x/)\n  :::\n\n  :::zh\n  粗体\n  :::');
		expect(html).toContain(`<div class="bilingual">${EN}<p><strong>bold</strong> <a href="/x/">link</a></p></div>${ZH}<p>粗体</p></div></div>`);
	});
});

describe('remark-bilingual: other directives stay the text the author wrote', () => {
	it.each([
		'The ratio:high setting',
		'Meet at 10:30 today',
		'Smile :smile: please',
		'Time 10:30:45 and a:b:c and key:value pairs',
		'Label :abbr[HTML]{title="HyperText"} stays',
		'Colon at end:',
		'See https://example.org/a:b and mailto:me@example.org',
	])('%s', async (prose) => {
		const { html } = await render(prose);
		const expected = prose.replace(/"/g, '&#x22;');
		expect(html.replace(/<[^>]+>/g, '').replace(/"/g, '&#x22;')).toBe(expected);
		expect(html).not.toContain('<div');
	});

	it('keeps leaf directives as a paragraph', async () => {
		const { html } = await render('Before\n\n::youtube[Video]{id=abc}\n\nAfter');
		expect(html).toBe('<p>Before</p>\n<p>::youtube[Video]{id=abc}</p>\n<p>After</p>');
	});

	it('keeps an unknown container: its fences as text, its content as Markdown', async () => {
		const { html } = await render(':::note\nSome *text*\n:::');
		expect(html).toBe('<p>:::note</p>\n<p>Some <em>text</em></p>\n<p>:::</p>');
	});

	it('keeps colons in headings and list items', async () => {
		const { html } = await render('## Step 1:do it\n\n- a:b\n- ratio:high');
		expect(html).toContain('>Step 1:do it</h2>');
		expect(html).toContain('<li>a:b</li>');
		expect(html).toContain('<li>ratio:high</li>');
	});
});
