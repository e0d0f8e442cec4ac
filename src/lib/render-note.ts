/** A note for its pages: what the Markdown plugins recorded about it and its body, rendered once (by the loader) for both languages. */
import { render } from 'astro:content';
import type { NotePageData, TocEntry } from '../markdown/remark-page-data.ts';
import { readFileSync } from 'node:fs';
import type { Note } from './notes.ts';

export type { TocEntry };

export async function renderNote(note: Note) {
	const { Content, remarkPluginFrontmatter } = await render(note);
	const facts = remarkPluginFrontmatter as Partial<NotePageData>;
	// A Markdown note's HTML is in a file (see notes-loader.ts), read only by the page that shows it
	// (synchronously: a small file, where a thread-pool round trip costs more than the read);
	// an MDX note is a compiled component, `Content`.
	const htmlFile = note.rendered?.metadata?.htmlFile;
	return {
		Content,
		html: typeof htmlFile === 'string' ? () => readFileSync(htmlFile, 'utf8') : undefined,
		toc: facts.toc ?? [],
		pendingSections: facts.pendingSections ?? [],
		hasMath: facts.hasMath ?? false,
		noteLinks: facts.noteLinks ?? [],
		summary: facts.summary ?? { en: '', zh: '' },
	};
}
