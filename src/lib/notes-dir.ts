/** The folder of notes, relative to the project root: `notes/`, or `NOTES_DIR` for test fixture sites; and where builds of it keep their cache. */
import { createHash } from 'node:crypto';
import path from 'node:path';

export const notesDir = process.env.NOTES_DIR ?? 'notes';

/**
 * Astro's cache folder (`cacheDir`) for builds of `dir`: the default for the site's own notes, one of its
 * own for any other folder. Rendered notes are cached there, so builds of two folders (fixture sites,
 * the benchmark) at once would otherwise delete each other's, and each would undo the other's cache.
 */
export function cacheDirFor(dir: string): string {
	const root = 'node_modules/.astro';
	if (path.resolve(dir) === path.resolve('notes')) return `${root}/`;
	return `${root}/sites/${createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12)}/`;
}
