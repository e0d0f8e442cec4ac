/** The notes one note can link to: each note's id (its page slug) and arXiv id, read from the notes folder once per process. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { slug } from 'github-slugger';
import { arxivIdFromUrl } from '../schema/links.ts';
import { noteFiles } from '../lib/validate-notes.ts';

export interface NoteIndex {
	/** Absolute path of the notes folder. */
	dir: string;
	/** Note ids, as the content collection names them (`salmonn` for `salmonn.md`). */
	ids: Set<string>;
	/** Note id by the arXiv id of its paper. */
	byArxiv: Map<string, string>;
}

/** The id Astro's glob loader gives a file: its path without extension, each segment slugged. */
export function noteIdOfPath(relativePath: string): string {
	const withoutExt = relativePath.replace(/\.mdx?$/, '');
	return withoutExt
		.split(/[\\/]/)
		.map((segment) => slug(segment))
		.join('/')
		.replace(/\/index$/, '');
}

function readNoteIndex(dir: string): NoteIndex {
	const index: NoteIndex = { dir: path.resolve(dir), ids: new Set(), byArxiv: new Map() };
	for (const file of noteFiles(index.dir)) {
		const id = noteIdOfPath(path.relative(index.dir, file));
		index.ids.add(id);
		try {
			const arxiv = (parseFrontmatter(readFileSync(file, 'utf8')).frontmatter as { links?: { arxiv?: unknown } }).links?.arxiv;
			const arxivId = typeof arxiv === 'string' ? arxivIdFromUrl(arxiv) : undefined;
			if (arxivId && !index.byArxiv.has(arxivId)) index.byArxiv.set(arxivId, id);
		} catch {
			// A note whose frontmatter does not parse fails the notes check; here it is only not linkable by arXiv id.
		}
	}
	return index;
}

const cache = new Map<string, NoteIndex>();

/** The index of `dir`, read once per process (a note added while `astro dev` runs is linked after a restart). */
export function noteIndex(dir: string): NoteIndex {
	const key = path.resolve(dir);
	let index = cache.get(key);
	if (!index) cache.set(key, (index = readNoteIndex(key)));
	return index;
}

/**
 * A fingerprint of what links between notes depend on. Rendered notes are cached across builds by their
 * own text; mixing this in re-renders them when a note they may link to appears, goes or changes arXiv id.
 */
export function noteIndexVersion(dir: string): string {
	const { ids, byArxiv } = noteIndex(dir);
	return createHash('sha256').update(JSON.stringify([[...ids].sort(), [...byArxiv].sort()])).digest('hex').slice(0, 16);
}
