/** The site's BibTeX: keys made unique across every note once per build, an entry per note, and the whole file. */
import { bibtexEntry, bibtexFile, bibtexKeys } from './bibtex.ts';
import { getNotes, type Note } from './notes.ts';

let keys: Promise<Map<string, string>> | undefined;

export async function noteBibtex(note: Note): Promise<{ key: string; entry: string }> {
	keys ??= getNotes().then(bibtexKeys);
	const key = (await keys).get(note.id)!;
	return { key, entry: bibtexEntry(note, key) };
}

export async function allBibtex(): Promise<string> {
	return bibtexFile(await getNotes());
}

/** The `.bib` response of an endpoint. */
export const bibResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
