/**
 * A note's companion files beside its page: its BibTeX entry (`notes/<slug>.bib`) and its summary for link previews
 * (`notes/<slug>.json`). Under `astro dev` their routes serve them; a build writes them as it renders the note's
 * English page: as routes of their own, 2010 at 1000 notes, Astro's work per route cost about 1.3 s in all.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { languages } from '../i18n/index.ts';
import { companionsDir } from './companions-dir.ts';
import { noteBibtex } from './note-bibtex.ts';
import { noteStaticPaths, noteYear, shortAuthors, type Note } from './notes.ts';
import { renderNote } from './render-note.ts';

/** The preview: title, short name, authors and year, venue, and the opening of the abstract in each language. */
export async function notePreview(note: Note) {
	const { title, short, venue } = note.data;
	const { summary } = await renderNote(note);
	const authors = Object.fromEntries(languages.map((lang) => [lang, shortAuthors(lang, note)]));
	return { title, short, authors, year: noteYear(note), venue, summary };
}

/** `getStaticPaths` of the companions' own routes: every note under `astro dev`, none in a build (the note's page writes them). */
export const companionStaticPaths = async () => (companionsDir() === undefined ? noteStaticPaths() : []);

/** Writes the note's companions, when a build is under way; else does nothing. */
export async function writeCompanions(note: Note): Promise<void> {
	const dir = companionsDir();
	if (dir === undefined) return;
	const [{ entry }, preview] = await Promise.all([noteBibtex(note), notePreview(note)]);
	const file = (extension: string) => join(dir, 'notes', `${note.id}${extension}`);
	mkdirSync(dirname(file('.bib')), { recursive: true });
	writeFileSync(file('.bib'), entry);
	writeFileSync(file('.json'), JSON.stringify(preview));
}
