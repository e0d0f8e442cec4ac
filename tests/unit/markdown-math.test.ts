import katex from 'katex';
import { describe, expect, it, vi } from 'vitest';
import { render } from './markdown-render.ts';

describe('math: remark-math + KaTeX at build time', () => {
	it('renders inline math as HTML and MathML', async () => {
		const { html, warnings } = await render('Energy $E = mc^2$ here.');
		expect(html).toMatch(/^<p>Energy <span class="katex"><span class="katex-mathml"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML">/);
		expect(html).toContain('<span class="katex-html" aria-hidden="true">');
		expect(html).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>');
		expect(html).not.toContain('katex-display');
		expect(warnings).toEqual([]);
	});

	it('renders display math and ```math blocks in display mode', async () => {
		for (const markdown of ['$$\n\\frac{a}{b}\n$$', '```math\n\\frac{a}{b}\n```']) {
			const { html } = await render(markdown);
			expect(html).toContain('<span class="katex-display"><span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
			expect(html).toContain('class="katex-html"');
			expect(html).not.toContain('<pre');
		}
	});

	it('renders a bad formula as its source marked as an error, and warns with the line', async () => {
		const { html, warnings } = await render('Fine.\n\nBad $\\frac{1}{$ formula.\n\n$$\n\\frac{2}{\n$$');
		expect(html).toContain('<span class="katex-error" title="ParseError: KaTeX parse error:');
		expect(html).toContain('style="color:var(--math-error)">\\frac{1}{</span> formula.</p>');
		expect(html).toContain('style="color:var(--math-error)">\\frac{2}{</span>');
		expect(warnings).toHaveLength(2);
		expect(warnings[0]).toMatch(/^notes\/test-note\.md:3:5: warning: Could not render math with KaTeX \(KaTeX parse error: .*\\frac\{1\}\{\) \[katex\]$/);
		expect(warnings[1]).toMatch(/^notes\/test-note\.md:5:1: warning: Could not render math with KaTeX/);
	});

	it('does not warn about LaTeX-incompatible input such as Chinese text in math', async () => {
		const { html, warnings } = await render('$\\text{损失} = 1$');
		expect(html).toContain('class="katex-html"');
		expect(html).not.toContain('katex-error');
		expect(warnings).toEqual([]);
	});

	it('keeps dollar signs in code and prose that are not math', async () => {
		const { html } = await render('Price `$x$` and \\$5.');
		expect(html).toBe('<p>Price <code>$x$</code> and $5.</p>');
	});

	it('typesets each distinct formula once, by TeX and display mode, across notes', async () => {
		const typeset = vi.spyOn(katex, 'renderToString');
		try {
			const note = ':::en\nThe loss $\\mathcal{L}_{\\text{once}}$ here.\n:::\n\n:::zh\n损失 $\\mathcal{L}_{\\text{once}}$.\n:::\n\n$$\n\\mathcal{L}_{\\text{once}}\n$$';
			const first = await render(note);
			// Inline (typeset once for both languages) and display (a different rendering).
			expect(typeset.mock.calls.map(([tex, options]) => [tex, options?.displayMode])).toEqual([
				['\\mathcal{L}_{\\text{once}}', false],
				['\\mathcal{L}_{\\text{once}}', true],
			]);
			const inline = first.html.match(/<span class="katex">[\s\S]*?<\/annotation>/g)!;
			expect(inline).toHaveLength(3);
			expect(inline[1]).toBe(inline[0]);
			expect(first.html).toContain('<span class="katex-display">');
			// Another note with the same formula reuses it, and gets the same HTML.
			const second = await render('Again $\\mathcal{L}_{\\text{once}}$.');
			expect(typeset).toHaveBeenCalledTimes(2);
			expect(second.html).toContain(inline[0]);
		} finally {
			typeset.mockRestore();
		}
	});

	it('warns about a bad formula every time it appears', async () => {
		const { warnings } = await render('Bad $\\frac{9}{$ and again $\\frac{9}{$.');
		expect(warnings).toHaveLength(2);
	});
});
