/** Test helper: renders Markdown (and MDX) with the site's real pipelines: src/markdown/renderer.ts for `.md`, Astro's unified processor for `.mdx`, each with its plugin lists of src/markdown/index.ts. */
import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { markdownPlugins, processorOptions } from '../../src/markdown/index.ts';
import { createNotesRenderer } from '../../src/markdown/renderer.ts';
import type { NotePageData } from '../../src/markdown/remark-page-data.ts';

const renderer = createNotesRenderer(markdownConfigDefaults, markdownPlugins);

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
		renderer.render(markdown, { fileURL: new URL('../../notes/test-note.md', import.meta.url) }),
	);
	return { html: result.code, data: result.metadata.frontmatter as Rendered['data'], warnings };
}

/** Compiles an .mdx note the way @astrojs/mdx does; returns the JS module's code and the page data. */
export async function compileMdx(mdx: string): Promise<{ code: string; data: Record<string, unknown>; warnings: string[] }> {
	const mdxRenderer = await unified(processorOptions).createMdxRenderer!(
		{ syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] }, shikiConfig: {} },
		{ optimize: false, srcDir: new URL('file:///src/') },
	);
	const data: Record<string, unknown> = {};
	const [result, warnings] = await capturingWarnings(() => mdxRenderer.process(mdx, fileURLToPath(new URL('../../notes/test-note.mdx', import.meta.url)), data));
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
