/** Renders a note once (Astro caches it) and reads what the Markdown plugins recorded about it. */
import { render } from 'astro:content';
import type { NotePageData, TocEntry } from '../markdown/remark-page-data.ts';
import type { Note } from './notes.ts';

export type { TocEntry };

export async function renderNote(note: Note) {
	const { Content, remarkPluginFrontmatter } = await render(note);
	const facts = remarkPluginFrontmatter as Partial<NotePageData>;
	return {
		Content,
		toc: facts.toc ?? [],
		pendingSections: facts.pendingSections ?? [],
		hasMath: facts.hasMath ?? false,
		noteLinks: facts.noteLinks ?? [],
		summary: facts.summary ?? { en: '', zh: '' },
	};
}
