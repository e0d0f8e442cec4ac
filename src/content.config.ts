/** The `notes` collection: every Markdown/MDX note under `notes/`, validated by the note schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { noteSchema } from './schema/note.ts';
import { notesDir } from './lib/notes-dir.ts';
import { noteIndexVersion } from './markdown/note-index.ts';
import { htmlOutsideStore } from './lib/notes-loader.ts';

// The raw Markdown is not kept: nothing reads it after rendering.
const files = glob({ pattern: '**/*.{md,mdx}', base: notesDir, retainBody: false });

/**
 * The glob loader, except that a note's cache key also covers the set of notes: its links to other notes
 * (rehype-note-links) depend on them, so adding a note re-renders the notes that link to it.
 */
const loader: Loader = {
	name: 'notes-loader',
	load: async (context) => {
		const version = noteIndexVersion(notesDir);
		return files.load({ ...context, generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${version}\n${data}` : data) });
	},
};

// Each note's HTML is kept in a file beside Astro's cache, not in the data store the build bundles.
const notes = defineCollection({ loader: htmlOutsideStore(loader), schema: noteSchema });

export const collections = { notes };
