import { describe, expect, it } from 'vitest';
import { render, textOf } from './markdown-render.ts';

describe('GFM output survives the sanitizer', () => {
	it('keeps tables with their alignment', async () => {
		const { html, warnings } = await render('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |');
		expect(html).toContain('<th align="left">a</th>\n<th align="center">b</th>\n<th align="right">c</th>');
		expect(html).toContain('<td align="right">3</td>');
		expect(warnings).toEqual([]);
	});

	it('keeps footnotes, with links and ids that match', async () => {
		const { html, warnings } = await render('Claim[^note] and again[^2].\n\n[^note]: The source.\n[^2]: Another.');
		expect(warnings).toEqual([]);
		const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
		const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]!));
		expect(hrefs).toHaveLength(4); // two references, two back references
		for (const href of hrefs) expect(ids, href).toContain(href);
		expect(html).toContain('<a href="#user-content-fn-note" id="user-content-fnref-note" data-footnote-ref aria-describedby="footnote-label">1</a>');
		expect(ids).toContain('footnote-label');
		expect(html).toContain('<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">');
		expect(html).toContain('class="data-footnote-backref"');
	});

	it('keeps task lists as disabled checkboxes', async () => {
		const { html } = await render('- [ ] todo\n- [x] done');
		expect(html).toBe(
			'<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled> todo</li>\n' +
				'<li class="task-list-item"><input type="checkbox" checked disabled> done</li>\n</ul>',
		);
	});

	it('keeps highlighted code blocks as highlighted, and strikethrough', async () => {
		const { html, warnings } = await render('```python\nprint("hi")\n```\n\n~~old~~');
		expect(html).toMatch(/<pre class="astro-code [^"]*" style="background-color:[^"]+" tabindex="0" data-language="python"><code><span class="line"><span style="color:/);
		expect(html).toContain('<del>old</del>');
		expect(html).not.toContain('data-slot');
		expect(warnings).toEqual([]);
	});
});

describe('HTML that notes use is kept', () => {
	it('keeps details/summary, tables with width/colspan/rowspan/align, images, figures and inline tags', async () => {
		const markdown = [
			'<details><summary>More</summary>',
			'',
			'Hidden *text*.',
			'',
			'</details>',
			'',
			'<table><tr><td width="50%" colspan="2" rowspan="1" align="center">A</td></tr></table>',
			'',
			'<figure><img src="https://example.org/a.png" alt="A" width="300" height="200"><figcaption>Fig. 1</figcaption></figure>',
			'',
			'<img src="./figs/b.png" alt="B"> H<sub>2</sub>O x<sup>2</sup> <kbd>Ctrl</kbd> <mark>key</mark><br>next',
		].join('\n');
		const { html, warnings } = await render(markdown);
		expect(warnings).toEqual([]);
		expect(html).toContain('<details><summary>More</summary>\n<p>Hidden <em>text</em>.</p>\n</details>');
		expect(html).toContain('<table><tbody><tr><td width="50%" colspan="2" rowspan="1" align="center">A</td></tr></tbody></table>');
		expect(html).toContain('<figure><img src="https://example.org/a.png" alt="A" width="300" height="200"><figcaption>Fig. 1</figcaption></figure>');
		expect(html).toContain('<img src="./figs/b.png" alt="B"> H<sub>2</sub>O x<sup>2</sup> <kbd>Ctrl</kbd> <mark>key</mark><br>next');
	});

	it('keeps target and rel pasted with a link, and old-style anchors (prefixed)', async () => {
		const { html, warnings } = await render('<a href="/notes/x/" target="_blank" rel="nofollow">x</a> <a name="top"></a> <img src="a.png" loading="lazy">');
		expect(warnings).toEqual([]);
		expect(html).toBe('<p><a href="/notes/x/" target="_blank" rel="nofollow">x</a> <a name="user-content-top"></a> <img src="a.png" loading="lazy"></p>');
	});

	it('prefixes ids written in raw HTML, so they cannot clobber the page', async () => {
		const { html } = await render('<p id="results">before</p>\n\n## Results\n\n<div id="results">x</div>\n\nNote[^1] <a href="#results">up</a>\n\n[^1]: <span id="footnote-label">n</span>');
		expect(html).toContain('<p id="user-content-results">before</p>');
		expect(html).toContain('<h2 id="results">Results</h2>');
		expect(html).toContain('<div id="user-content-results">x</div>');
		expect(html).toContain('<span id="user-content-footnote-label">n</span>');
		expect(html).toContain('<h2 class="sr-only" id="footnote-label">');
	});
});

describe('dangerous HTML is removed, with a warning naming it', () => {
	const cases: [string, string, RegExp, RegExp][] = [
		['a script element', 'Text <script>alert(1)</script> more', /<script|alert/, /<script> element/],
		['a style element', '<style>body{display:none}</style>\n\nText', /<style|display/, /<style> element/],
		['a style attribute', '<p style="color:red">Text</p>', /style=/, /style attribute on <p>/],
		['an onerror handler', '<img src="x.png" onerror="alert(1)">', /onerror|alert/, /onerror attribute on <img>/],
		['an onclick handler', '<details><summary onclick="alert(1)">S</summary>x</details>', /onclick|alert/, /onclick attribute on <summary>/],
		['an iframe', '<iframe src="https://evil.example/"></iframe>\n\nText', /iframe|evil/, /<iframe> element/],
		['an object', '<object data="x.swf"></object>', /object|swf/, /<object> element/],
		['an embed', '<embed src="x.swf">', /embed|swf/, /<embed> element/],
		['an svg', '<svg onload="alert(1)"><circle r="1"/></svg>', /svg|circle|alert/, /<svg> element/],
		['a form and its fields', '<form action="/x"><input type="text" name="q"><button>Go</button></form>', /form|input|button/, /<form> element/],
		['a checkbox outside a task list', '<input type="checkbox">', /input/, /<input> element/],
		['meta, base and link', '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><link rel="stylesheet" href="x.css">', /meta|base|link|evil/, /<meta> element/],
		['a javascript: Markdown link', '[click](javascript:alert(1))', /javascript|href/, /href attribute on <a> \("javascript:alert\(1\)"\)/],
		['a javascript: HTML link', '<a href="JaVaScRiPt:alert(1)">click</a>', /javascript|href/i, /href attribute on <a>/],
		['an entity-encoded javascript: link', '<a href="jav&#x61;script:alert(1)">click</a>', /script|href/, /href attribute on <a>/],
		['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /data:|src=/, /src attribute on <img> \("data:image/],
		['a data: link', '<a href="data:text/html,<script>alert(1)</script>">click</a>', /data:|href|alert/, /href attribute on <a>/],
	];
	it.each(cases)('%s', async (_, markdown, absent, warning) => {
		const { html, warnings } = await render(markdown);
		expect(html).not.toMatch(absent);
		expect(warnings.join('\n')).toMatch(warning);
		for (const line of warnings) expect(line).toMatch(/^notes\/test-note\.md:1:\d+: warning: Removed unsafe or unsupported HTML: /);
	});

	it('keeps the text of links it made safe', async () => {
		const { html } = await render('[click](javascript:alert(1)) and <a href="javascript:x()" onclick="y()">here</a>');
		expect(html).toBe('<p><a>click</a> and <a>here</a></p>');
	});

	it('gives one warning per kind of removal, with the count', async () => {
		const { warnings } = await render('<p style="a">1</p>\n<p style="b">2</p>\n<p style="c">3</p>');
		expect(warnings).toEqual(['notes/test-note.md:1:1: warning: Removed unsafe or unsupported HTML: style attribute on <p> (3 times) [note-sanitize]']);
	});
});

describe('unbalanced HTML', () => {
	it('closes a table left open by </details>, keeping all text in order and the rest of the note outside', async () => {
		const markdown = [
			'Before.',
			'',
			'<details><summary>Table</summary>',
			'<table><tr><td>',
			'',
			'Cell *one*',
			'',
			'</details>',
			'',
			'After the details.',
			'',
			'## Next',
			'',
			'End.',
		].join('\n');
		const { html, warnings } = await render(markdown);
		expect(warnings).toEqual(['notes/test-note.md:4:1: warning: HTML left open: <table>, <tr>, <td>, closed before </details> [note-html]']);
		for (const tag of ['details', 'summary', 'table', 'tbody', 'tr', 'td', 'p', 'h2', 'em']) {
			const opened = html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0;
			const closed = html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
			expect(closed, tag).toBe(opened);
		}
		expect(textOf(html)).toBe('Before. Table Cell one After the details. Next End.');
		expect(html).toContain('<td>\n<p>Cell <em>one</em></p>\n</td></tr></tbody></table></details>');
		expect(html.indexOf('</details>')).toBeLessThan(html.indexOf('After the details.'));
	});

	it('closes an inline tag left open at the end of its paragraph', async () => {
		const { html, warnings } = await render('A <b>bold start\n\nNot bold.');
		expect(html).toBe('<p>A <b>bold start</b></p>\n<p>Not bold.</p>');
		expect(warnings).toEqual(['notes/test-note.md:1:3: warning: HTML left open: <b>, closed at the end of its Markdown block [note-html]']);
	});

	it('drops a stray end tag', async () => {
		const { html, warnings } = await render('Text</div> more\n\n</span>Next');
		expect(warnings).toEqual([]);
		expect(textOf(html)).toBe('Text more Next');
		expect(html).not.toContain('</div>');
	});
});
