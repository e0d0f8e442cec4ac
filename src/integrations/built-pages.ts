/** After `astro build`, over the written site: each page's Content-Security-Policy (hashes of the inline scripts it really contains), the search index, and a check of every internal link and `#anchor`. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isHtml, siteFiles } from '../lib/built-site.ts';
import { checkLinks, formatBrokenLink, type LinkCheckOptions } from '../lib/check-links.ts';
import { setAllPolicies } from '../lib/page-policies.ts';
import { buildSearchIndex } from './pagefind.ts';

/**
 * The pages are written: V8 compacts its heap and hands the pages' garbage back to the system before
 * the helper processes and Pagefind's take their share (together with this process they set the build's peak memory).
 */
function releaseMemory() {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as (options: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function builtPagesIntegration(): AstroIntegration {
	let options: LinkCheckOptions = {};
	return {
		name: 'paper-notes:built-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				options = { base: config.base, site: config.site };
			},
			'astro:build:done': async ({ dir, logger }) => {
				releaseMemory();
				const site = fileURLToPath(dir);
				const pages = (await siteFiles(site)).filter(isHtml);
				const facts = await setAllPolicies(site, pages);
				const problems = pages.flatMap((page, i) => [
					...(facts[i]!.hasPolicy ? [`${page}: sets its own Content-Security-Policy; src/lib/csp.ts writes every page's`] : []),
					...facts[i]!.scripts
						.filter((script) => script.inNote)
						.map((script) => `${page}: <script> inside the note's content, which the sanitizer should have removed: ${JSON.stringify(script.text.slice(0, 80))}`),
				]);
				if (problems.length > 0) throw new Error(`✗ Content-Security-Policy:\n${problems.join('\n')}`);
				logger.info(`Content-Security-Policy set on ${plural(pages.length, 'page')}`);

				// After the pages are final, and not while they are parsed: the parsers and Pagefind together would pass 1 GB at 1000 notes.
				await buildSearchIndex(site, logger);

				// The site's files now, Pagefind's included.
				const files = new Set(await siteFiles(site));
				const broken = checkLinks(new Map(pages.map((page, i) => [page, facts[i]!])), files, options);
				if (broken.length > 0) throw new Error(`✗ ${plural(broken.length, 'broken link')} in the built site:\n${broken.map(formatBrokenLink).join('\n')}`);
				logger.info(`✓ every internal link of ${plural(pages.length, 'page')} leads somewhere`);
			},
		},
	};
}
