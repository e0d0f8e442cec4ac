/** Renders a note once (Astro caches it) and reads what the Markdown plugins recorded about it. */
import { render } from 'astro:content';
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
	return {
		Content,
		toc: facts.toc ?? [],
		pendingSections: facts.pendingSections ?? [],
		hasMath: facts.hasMath ?? false,
	};
}
