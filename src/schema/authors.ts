/** Authors of a paper: `"Name"` or `{ name, affiliation? }`, normalised to objects. */
import { z } from 'astro/zod';

const nonEmpty = z.string({ error: 'must be a text' }).trim().min(1, { error: 'must not be empty' });

const authorSchema = z.union(
	[
		nonEmpty.transform((name) => ({ name, affiliation: undefined as string | undefined })),
		z.strictObject({ name: nonEmpty, affiliation: nonEmpty.optional() }),
	],
	{ error: 'must be a name, or a mapping with "name" and an optional "affiliation"' },
);

export const authorsSchema = z
	.array(authorSchema, { error: 'must be a list of authors' })
	.min(1, { error: 'must list at least one author' });

export type Author = z.output<typeof authorSchema>;
