/** The `notes` collection: every Markdown/MDX note under `notes/`, validated by the note schema. */
import { defineCollection } from 'astro:content';
import { noteSchema } from './schema/note.ts';
import { notesDir } from './lib/notes-dir.ts';
import { notesLoader } from './lib/notes-loader.ts';

const notes = defineCollection({
	loader: notesLoader({ pattern: '**/*.{md,mdx}', base: notesDir }),
	schema: noteSchema,
});

export const collections = { notes };
