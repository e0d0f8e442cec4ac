/** The `notes` collection: every Markdown/MDX note under `notes/`, validated by the note schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noteSchema } from './schema/note.ts';
import { notesDir } from './lib/notes-dir.ts';
import { htmlOutsideStore } from './lib/notes-loader.ts';

const notes = defineCollection({
	// The raw Markdown is not kept either: nothing reads it after rendering.
	loader: htmlOutsideStore(glob({ pattern: '**/*.{md,mdx}', base: notesDir, retainBody: false })),
	schema: noteSchema,
});

export const collections = { notes };
