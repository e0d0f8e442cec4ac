/** A note's body for its pages: the HTML the loader rendered once for both languages, and what the Markdown plugins recorded about it. */
import { render } from 'astro:content';
import { readFile } from 'node:fs/promises';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
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

/** Markdown notes come as HTML (see notes-loader.ts); MDX notes, compiled to modules, as a component. */
export type NoteBody = { html: string } | { Content: AstroComponentFactory };

export async function renderNote(note: Note): Promise<NoteFacts & { body: NoteBody }> {
	const htmlFile = note.rendered?.metadata?.htmlFile;
	let body: NoteBody;
	let facts: Partial<NoteFacts>;
	if (typeof htmlFile === 'string') {
		body = { html: await readFile(htmlFile, 'utf8') };
		facts = note.rendered?.metadata?.frontmatter ?? {};
	} else {
		const { Content, remarkPluginFrontmatter } = await render(note);
		body = { Content };
		facts = remarkPluginFrontmatter;
	}
	return { body, toc: facts.toc ?? [], pendingSections: facts.pendingSections ?? [], hasMath: facts.hasMath ?? false };
}
