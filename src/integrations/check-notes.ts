/** Fails `astro build` and `astro dev` at start-up when a note's frontmatter breaks the contract, with the same lines as `npm run check:notes`. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem, summarize, validateNotes } from '../lib/validate-notes.ts';
import { notesDir } from '../lib/notes-dir.ts';
import { noteIndexFrom, useNoteIndex } from '../markdown/note-index.ts';

export function checkNotesIntegration(): AstroIntegration {
	return {
		name: 'paper-notes:check-notes',
		hooks: {
			// Runs before the content layer loads any note, so a broken note stops the build with every problem of every file listed.
			'astro:config:setup': async ({ config, logger }) => {
				const dir = fileURLToPath(new URL(`${notesDir}/`, config.root));
				const result = await validateNotes(dir, fileURLToPath(config.root));
				if (result.problems.length > 0) throw new Error(`${summarize(result)}:\n${result.problems.map(formatProblem).join('\n')}`);
				logger.info(summarize(result));
				// The notes a note may link to, from this read, at every start (a restart of `astro dev` included).
				useNoteIndex(noteIndexFrom(dir, result.notes));
			},
		},
	};
}
