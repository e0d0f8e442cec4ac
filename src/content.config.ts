/** The `notes` collection: every Markdown/MDX note under `notes/`, validated by the note schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noteSchema } from './schema/note.ts';
import { notesDir } from './lib/notes-dir.ts';

const notes = defineCollection({
	loader: glob({ pattern: '**/*.{md,mdx}', base: notesDir }),
	schema: noteSchema,
});

export const collections = { notes };
