/** The notes one note can link to: each note's id (its page slug) and arXiv id, from the notes check's read (or read once per process without it). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { arxivIdOf } from '../schema/links.ts';
import { noteIdOfPath } from '../lib/slug.ts';
import { noteFiles } from '../lib/validate-notes.ts';

export interface NoteIndex {
	/** Absolute path of the notes folder. */
	dir: string;
	/** Note ids, as the content collection names them (`salmonn` for `salmonn.md`). */
	ids: Set<string>;
	/** Note id by the arXiv id of its paper. */
	byArxiv: Map<string, string>;
}

/** The index of the notes at `dir`, from each note's path and the arXiv id its frontmatter gives (the first note of a paper wins). */
export function noteIndexFrom(dir: string, notes: Iterable<{ file: string; arxivId?: string }>): NoteIndex {
	const index: NoteIndex = { dir: path.resolve(dir), ids: new Set(), byArxiv: new Map() };
	for (const { file, arxivId } of notes) {
		const id = noteIdOfPath(path.relative(index.dir, file));
		index.ids.add(id);
		if (arxivId && !index.byArxiv.has(arxivId)) index.byArxiv.set(arxivId, id);
	}
	return index;
}

function readNoteIndex(dir: string): NoteIndex {
	return noteIndexFrom(
		dir,
		noteFiles(dir).map((file) => {
			try {
				return { file, arxivId: arxivIdOf(parseFrontmatter(readFileSync(file, 'utf8')).frontmatter) };
			} catch {
				// A note whose frontmatter does not parse fails the notes check; here it is only not linkable by arXiv id.
				return { file };
			}
		}),
	);
}

/**
 * By folder, shared through `globalThis`: astro.config.mjs's modules (the Markdown renderer) and the content
 * config's are separate module instances in one process.
 */
const shared = Symbol.for('paper-notes:note-indexes');
const cache: Map<string, NoteIndex> = ((globalThis as { [shared]?: Map<string, NoteIndex> })[shared] ??= new Map());

/** The index of `dir`: the one in use (see `useNoteIndex`), or read once per process. */
export function noteIndex(dir: string): NoteIndex {
	const key = path.resolve(dir);
	let index = cache.get(key);
	if (!index) cache.set(key, (index = readNoteIndex(key)));
	return index;
}

/**
 * Makes `index` this process's index of its folder: the notes check's, made from its own read of every note when
 * `astro build` or `astro dev` (re)starts, so a note added while `astro dev` runs is linked after a restart; and
 * in the Markdown helper, its parent's.
 */
export function useNoteIndex(index: NoteIndex): void {
	cache.set(index.dir, index);
}

/**
 * A fingerprint of what links between notes depend on. Rendered notes are cached across builds by their
 * own text; mixing this in re-renders them when a note they may link to appears, goes or changes arXiv id.
 */
export function noteIndexVersion(dir: string): string {
	const { ids, byArxiv } = noteIndex(dir);
	return createHash('sha256').update(JSON.stringify([[...ids].sort(), [...byArxiv].sort()])).digest('hex').slice(0, 16);
}
