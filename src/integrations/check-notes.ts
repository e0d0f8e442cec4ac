/** Fails `astro build` and `astro dev` at start-up when a note's frontmatter breaks the contract, with the same lines as `npm run check:notes`. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem, validateNotes } from '../lib/validate-notes.ts';

export function checkNotesIntegration(): AstroIntegration {
	return {
		name: 'paper-notes:check-notes',
		hooks: {
			// Runs before the content layer loads any note, so a broken note stops the build with every problem of every file listed.
			'astro:config:setup': async ({ config, logger }) => {
				const { files, problems } = await validateNotes(fileURLToPath(new URL('notes/', config.root)));
				if (problems.length > 0) {
					const noted = new Set(problems.map((p) => p.file)).size;
					throw new Error(
						`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${noted} of ${files} notes:\n${problems.map(formatProblem).join('\n')}`,
					);
				}
				logger.info(`${files} note${files === 1 ? '' : 's'} valid`);
			},
		},
	};
}
