/** Test helper: renders Markdown (and MDX) with the site's real pipeline, Astro's unified processor with the plugin lists of src/markdown/index.ts. */
import { createMarkdownProcessor, unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { processorOptions } from '../../src/markdown/index.ts';
import type { NotePageData } from '../../src/markdown/remark-page-data.ts';

const processor = createMarkdownProcessor(processorOptions);

export interface Rendered {
	html: string;
	/** What `render()` gives a page as `remarkPluginFrontmatter`. */
	data: NotePageData & Record<string, unknown>;
	/** The lines the pipeline printed (one per warning on the file). */
	warnings: string[];
}

/** Collects what the pipeline prints with `console.warn` while `run` runs. */
async function capturingWarnings<T>(run: () => Promise<T>): Promise<[T, string[]]> {
	const warnings: string[] = [];
	const spy = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
		warnings.push(args.map(String).join(' '));
	});
	try {
		return [await run(), warnings];
	} finally {
		spy.mockRestore();
	}
}

export async function render(markdown: string): Promise<Rendered> {
	const [result, warnings] = await capturingWarnings(async () =>
		(await processor).render(markdown, { fileURL: new URL('../../notes/test-note.md', import.meta.url) }),
	);
	return { html: result.code, data: result.metadata.frontmatter as Rendered['data'], warnings };
}

/** Compiles an .mdx note the way @astrojs/mdx does; returns the JS module's code and the page data. */
export async function compileMdx(mdx: string): Promise<{ code: string; data: Record<string, unknown>; warnings: string[] }> {
	const renderer = await unified(processorOptions).createMdxRenderer!(
		{ syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] }, shikiConfig: {} },
		{ optimize: false, srcDir: new URL('file:///src/') },
	);
	const data: Record<string, unknown> = {};
	const [result, warnings] = await capturingWarnings(() => renderer.process(mdx, fileURLToPath(new URL('../../notes/test-note.mdx', import.meta.url)), data));
	return { code: result.code, data, warnings };
}

/** The text of some HTML, tags removed and whitespace collapsed. */
export const textOf = (html: string): string =>
	html
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** The HTML without the links rehype-heading-anchors puts beside headings, for tests about something else. */
export const withoutAnchors = (html: string): string =>
	html.replace(/<div class="heading-wrapper[^"]*">(<h([1-6])[^>]*>[\s\S]*?<\/h\2>)<a class="heading-anchor"[^>]*><\/a><\/div>/g, '$1');
