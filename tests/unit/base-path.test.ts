import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { normalizeBase } from '../../src/lib/base-path.ts';
import { markdownPlugins } from '../../src/markdown/index.ts';
import { createNotesRenderer } from '../../src/markdown/renderer.ts';
import rehypeBaseLinks from '../../src/markdown/rehype-base-links.ts';

/** The site's pipeline as a build with `BASE_PATH=base` runs it. */
async function render(markdown: string, base: string) {
	const { remarkPlugins, rehypePlugins } = markdownPlugins;
	const isBaseLinks = (entry: (typeof rehypePlugins)[number]) => Array.isArray(entry) && entry[0] === rehypeBaseLinks;
	expect(rehypePlugins.filter(isBaseLinks)).toHaveLength(1);
	const withBase = rehypePlugins.map((entry) => (isBaseLinks(entry) ? [rehypeBaseLinks, { base }] : entry));
	const renderer = createNotesRenderer(markdownConfigDefaults, { remarkPlugins, rehypePlugins: withBase as typeof rehypePlugins });
	return (await renderer.render(markdown)).code;
}

describe('normalizeBase', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['/paper-notes/', '/paper-notes/'],
		['/paper-notes', '/paper-notes/'],
		['paper-notes', '/paper-notes/'],
		[' /a/b// ', '/a/b/'],
	])('%j → %s', (base, expected) => {
		expect(normalizeBase(base)).toBe(expected);
	});
});

describe('rehype-base-links', () => {
	it('puts the base before root-relative links and images written in a note', async () => {
		// (A link to a note's page is made relative by rehype-note-links first: see markdown-note-links.test.ts.)
		const html = await render('[tag](/tags/speech-llm/#list) ![figure](/figures/a.png) <a href="/zh/">中文</a>', '/sub/');
		expect(html).toBe(
			'<p><a href="/sub/tags/speech-llm/#list">tag</a> <img src="/sub/figures/a.png" alt="figure"> <a href="/sub/zh/">中文</a></p>',
		);
	});

	it('leaves relative links, anchors, other sites, links already under the base, and a root site alone', async () => {
		const markdown = '[a](../salmonn/) [b](#method) [c](//cdn.example.net/x) [d](https://arxiv.org/abs/1) [e](/sub/notes/x/)';
		const expected = '<p><a href="../salmonn/">a</a> <a href="#method">b</a> <a href="//cdn.example.net/x" rel="noopener noreferrer" target="_blank">c</a> <a href="https://arxiv.org/abs/1" rel="noopener noreferrer" target="_blank">d</a> <a href="/sub/notes/x/">e</a></p>';
		expect(await render(markdown, '/sub/')).toBe(expected);
		expect(await render('[a](/notes/x/)', '/')).toBe('<p><a href="/notes/x/">a</a></p>');
	});
});
