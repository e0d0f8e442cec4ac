import { describe, expect, it } from 'vitest';
import { splitBilingual } from '../../src/markdown/remark-bilingual-headings.ts';
import { render } from './markdown-render.ts';

const span = (en: string, zh: string) => `<span data-lang="en" lang="en">${en}</span><span data-lang="zh" lang="zh-CN">${zh}</span>`;

describe('remark-bilingual-headings', () => {
	it.each([
		['## Abstract: 摘要', 'abstract', 'Abstract', '摘要'],
		['## Related Works: 相关工作', 'related-works', 'Related Works', '相关工作'],
		['## Method：方法', 'method', 'Method', '方法'],
		['## Results · 结果', 'results', 'Results', '结果'],
		['## Conclusion | 结论', 'conclusion', 'Conclusion', '结论'],
		['### Q-Former: Window-level: 窗口级查询', 'q-former-window-level', 'Q-Former: Window-level', '窗口级查询'],
		['### Q-Former: Window-level 查询', 'q-former', 'Q-Former', 'Window-level 查询'],
	])('%s', async (markdown, id, en, zh) => {
		const { html } = await render(`${markdown}\n\nText.`);
		const level = markdown.indexOf(' ');
		expect(html).toContain(`<h${level} id="${id}">${span(en, zh)}</h${level}>`);
	});

	it('keeps inline formatting in each half', async () => {
		const { html } = await render('## The **SALMONN** model: *模型* 结构\n\nText.');
		expect(html).toContain(
			`<h2 id="the-salmonn-model">${span('The <strong>SALMONN</strong> model', '<em>模型</em> 结构')}</h2>`,
		);
	});

	it('leaves headings in one language alone (id from their text)', async () => {
		const { html } = await render('## Introduction\n\nA.\n\n## 引言\n\nB.\n\n## Note: see above\n\nC.\n\n## 方法: 细节\n\nD.');
		expect(html).toContain('<h2 id="introduction">Introduction</h2>');
		expect(html).toContain('<h2 id="引言">引言</h2>');
		expect(html).toContain('<h2 id="note-see-above">Note: see above</h2>');
		expect(html).toContain('<h2 id="方法-细节">方法: 细节</h2>');
		expect(html).not.toContain('data-lang');
	});

	it('makes ids unique within a note', async () => {
		const { html } = await render('## Method: 方法\n\nA.\n\n## Method\n\nB.\n\n## Method: 方法二\n\nC.');
		expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual(['method', 'method-1', 'method-2']);
	});

	it('splits at the last separator before the Chinese', () => {
		expect(splitBilingual('A: B: 中文：细节')).toMatchObject({ en: 'A: B', zh: '中文：细节' });
		expect(splitBilingual('English only: no')).toBeUndefined();
		expect(splitBilingual('中文: English')).toBeUndefined();
		expect(splitBilingual(': 中文')).toBeUndefined();
		expect(splitBilingual('a·b 中文')).toBeUndefined(); // `·` needs spaces around it
	});
});
