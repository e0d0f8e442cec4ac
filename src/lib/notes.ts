/** Reading the notes collection for pages: order, names and the bits every listing shows. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';

export type Note = CollectionEntry<'notes'>;

/** Every note, newest first; notes of the same month by title. */
export async function getNotes(): Promise<Note[]> {
	const notes = await getCollection('notes');
	return notes.sort(
		(a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.data.title.localeCompare(b.data.title),
	);
}

export const noteYear = (note: Note): string | undefined => note.data.date?.slice(0, 4);

/** The name a listing shows: the short name when there is one. */
export const displayName = (note: Note): string => note.data.short ?? note.data.title;

/** Up to `max` authors, then "et al." / "等". */
export function shortAuthors(lang: Lang, note: Note, max = 3): string {
	const names = note.data.authors.map((author) => author.name);
	if (names.length <= max) return names.join(', ');
	return `${names.slice(0, max).join(', ')} ${t(lang, 'note.etAl')}`;
}

/** `getStaticPaths` of the note pages, the same in every language. */
export async function noteStaticPaths() {
	return (await getNotes()).map((note) => ({ params: { slug: note.id }, props: { note } }));
}
