/** The `notes` collection: every Markdown/MDX note under `notes/`, validated by the note schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noteSchema } from './schema/note.ts';

const notes = defineCollection({
	loader: glob({ pattern: '**/*.{md,mdx}', base: './notes' }),
	schema: noteSchema,
});

export const collections = { notes };
