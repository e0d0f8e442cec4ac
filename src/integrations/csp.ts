/** After `astro build`: gives every HTML page its Content-Security-Policy, with the hashes of the inline scripts that page really contains. */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isHtml, siteFiles } from '../lib/built-site.ts';
import { withPolicy } from '../lib/csp.ts';

export function cspIntegration(): AstroIntegration {
	return {
		name: 'paper-notes:csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pages = (await siteFiles(site)).filter(isHtml);
				const problems: string[] = [];
				for (const page of pages) {
					const { html, noteScripts } = withPolicy(await readFile(site + page, 'utf8'));
					for (const script of noteScripts) problems.push(`${page}: a <script> inside the note's content (${JSON.stringify(script)})`);
					await writeFile(site + page, html);
				}
				if (problems.length > 0) {
					throw new Error(`Script in note content, which the sanitizer should have removed; it would be blocked by the page's policy:\n${problems.join('\n')}`);
				}
				logger.info(`Content-Security-Policy set on ${pages.length} pages`);
			},
		},
	};
}
