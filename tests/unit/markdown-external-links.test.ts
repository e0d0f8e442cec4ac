import { describe, expect, it } from 'vitest';
import { isExternal } from '../../src/markdown/rehype-external-links.ts';
import { render } from './markdown-render.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

describe('rehype-external-links', () => {
	it('opens links to other hosts in a new tab, without opener or referrer', async () => {
		const { html } = await render('[arXiv](https://arxiv.org/abs/2401.99999) <https://github.com/x> <a href="http://example.com/">html</a>');
		expect(html).toBe(
			'<p><a href="https://arxiv.org/abs/2401.99999" rel="noopener noreferrer" target="_blank">arXiv</a> ' +
				'<a href="https://github.com/x" rel="noopener noreferrer" target="_blank">https://github.com/x</a> ' +
				'<a href="http://example.com/" rel="noopener noreferrer" target="_blank">html</a></p>',
		);
	});

	it('leaves relative links, anchors, mail and links to the site itself alone', async () => {
		const { html } = await render(`[a](/notes/x/) [b](#method) [c](../y/) [d](mailto:me@example.org) [e](${siteUrl}/notes/)`);
		expect(html).not.toContain('target=');
		expect(html).not.toContain('rel=');
	});

	it('tells external links apart', () => {
		expect(isExternal('https://arxiv.org/', 'example.org')).toBe(true);
		expect(isExternal('//cdn.example.net/x', 'example.org')).toBe(true);
		expect(isExternal('https://EXAMPLE.org/a', 'example.org')).toBe(false);
		expect(isExternal('/a', 'example.org')).toBe(false);
		expect(isExternal('mailto:a@b.c', 'example.org')).toBe(false);
	});
});
