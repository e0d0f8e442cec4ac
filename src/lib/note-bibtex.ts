/** The site's BibTeX: keys made unique across every note once per build, an entry per note, and the whole file. */
import { bibtexEntry, bibtexFile, bibtexKeys } from './bibtex.ts';
import { getNotes, type Note } from './notes.ts';

let keys: Promise<Map<string, string>> | undefined;
/** By note id: both language pages and the `.bib` file of a note need the same entry. */
const entries = new Map<string, { key: string; entry: string }>();

export async function noteBibtex(note: Note): Promise<{ key: string; entry: string }> {
	keys ??= getNotes().then(bibtexKeys);
	const key = (await keys).get(note.id)!;
	if (!entries.has(note.id)) entries.set(note.id, { key, entry: bibtexEntry(note, key) });
	return entries.get(note.id)!;
}

export async function allBibtex(): Promise<string> {
	return bibtexFile(await getNotes());
}

/** The `.bib` response of an endpoint. */
export const bibResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
