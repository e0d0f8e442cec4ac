/** A note's summary for link previews (`/notes/<slug>.json`): title, authors, year, venue and the opening of its abstract in each language. */
import type { APIRoute } from 'astro';
import { languages } from '../../i18n/index.ts';
import { noteYear, shortAuthors, type Note } from '../../lib/notes.ts';
import { renderNote } from '../../lib/render-note.ts';

export { noteStaticPaths as getStaticPaths } from '../../lib/notes.ts';

export const GET: APIRoute = async ({ props }) => {
	const { note } = props as { note: Note };
	const { title, short, venue } = note.data;
	const { summary } = await renderNote(note);
	const authors = Object.fromEntries(languages.map((lang) => [lang, shortAuthors(lang, note)]));
	return Response.json({ title, short, authors, year: noteYear(note), venue, summary });
};
