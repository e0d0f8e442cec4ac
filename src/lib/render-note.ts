/** A note for its pages: what the Markdown plugins recorded about it and its body, rendered once (by the loader) for both languages. */
import { render } from 'astro:content';
import { readFile } from 'node:fs/promises';
import type { Note } from './notes.ts';

export interface TocEntry {
	depth: number;
	id: string;
	en: string;
	zh: string;
}

export interface NoteFacts {
	toc: TocEntry[];
	pendingSections: { en: string; zh: string }[];
	hasMath: boolean;
}

export async function renderNote(note: Note) {
	const { Content, remarkPluginFrontmatter } = await render(note);
	const facts = remarkPluginFrontmatter as Partial<NoteFacts>;
	// A Markdown note's HTML is in a file (see notes-loader.ts), read only by the page that shows it;
	// an MDX note is a compiled component, `Content`.
	const htmlFile = note.rendered?.metadata?.htmlFile;
	return {
		Content,
		html: typeof htmlFile === 'string' ? () => readFile(htmlFile, 'utf8') : undefined,
		toc: facts.toc ?? [],
		pendingSections: facts.pendingSections ?? [],
		hasMath: facts.hasMath ?? false,
	};
}
