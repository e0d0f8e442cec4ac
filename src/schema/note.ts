/** The frontmatter contract of a paper note: the one schema used by the content collection and by `check:notes`. */
import { z } from 'astro/zod';
import { authorsSchema } from './authors.ts';
import { arxivIdFromUrl, linksSchema } from './links.ts';
import { dateSchema } from './date.ts';

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const noteSchema = z
	.strictObject({
		title: z.string({ error: 'must be a text' }).trim().min(1, { error: 'must not be empty' }),
		short: z.string({ error: 'must be a text' }).trim().min(1, { error: 'must not be empty' }).optional(),
		authors: authorsSchema,
		links: linksSchema,
		date: dateSchema.optional(),
		venue: z.string({ error: 'must be a text' }).trim().min(1, { error: 'must not be empty' }).optional(),
		tags: z
			.array(
				z.string({ error: 'must be a text' }).regex(kebabCase, {
					error: (issue) => `"${String(issue.input)}" is not kebab-case (lowercase words joined by "-", e.g. "speech-llm")`,
				}),
				{ error: 'must be a list of tags' },
			)
			.default([]),
	})
	.transform((note) => {
		const arxivId = note.links.arxiv ? arxivIdFromUrl(note.links.arxiv) : undefined;
		// Without an explicit date, an arXiv id (YYMM.NNNNN) still says when the paper appeared.
		const date = note.date ?? (arxivId ? dateFromArxivId(arxivId) : undefined);
		return { ...note, arxivId, date };
	});

/** The frontmatter as written in a note. */
export type NoteInput = z.input<typeof noteSchema>;
/** The frontmatter after validation: authors normalised, `date` and `arxivId` resolved. */
export type NoteData = z.output<typeof noteSchema>;

/** `YYYY-MM` from an arXiv id: new-style `2306.12925` (2007 on) or old-style `hep-th/9901001`. */
export function dateFromArxivId(id: string): string | undefined {
	const match = /^(?:(\d{2})(\d{2})\.\d{4,5}|[^/]+\/(\d{2})(\d{2})\d{3})$/.exec(id);
	if (!match) return undefined;
	const yy = Number(match[1] ?? match[3]);
	const mm = match[2] ?? match[4];
	// Old-style ids started in 1991; new-style ones in 2007.
	return `${yy >= 91 ? 1900 + yy : 2000 + yy}-${mm}`;
}
