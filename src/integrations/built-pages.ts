/** After `astro build`, over the written site: each page's Content-Security-Policy (hashes of the inline scripts it really contains), the search index, and a check of every internal link and `#anchor`. */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isHtml, siteFiles } from '../lib/built-site.ts';
import { checkLinks, formatBrokenLink, type LinkCheckOptions } from '../lib/check-links.ts';
import { scriptHash, withPolicy } from '../lib/csp.ts';
import { pageFacts, type PageFacts } from '../lib/page-facts.ts';
import { buildSearchIndex } from './pagefind.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Runs `each` over `items` a few at a time, so that reading and writing files overlaps the work between. */
async function inBatches<T>(items: readonly T[], each: (item: T, index: number) => Promise<void>): Promise<void> {
	for (let i = 0; i < items.length; i += 16) await Promise.all(items.slice(i, i + 16).map((item, j) => each(item, i + j)));
}

export function builtPagesIntegration(): AstroIntegration {
	let options: LinkCheckOptions = {};
	return {
		name: 'paper-notes:built-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				options = { base: config.base, site: config.site };
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pages = (await siteFiles(site)).filter(isHtml);
				const facts: PageFacts[] = [];
				await inBatches(pages, async (page, i) => {
					const html = await readFile(site + page, 'utf8');
					const found = (facts[i] = pageFacts(html));
					await writeFile(site + page, withPolicy(html, found.scripts.map((script) => scriptHash(script.text))));
				});
				const problems = pages.flatMap((page, i) => [
					...(facts[i]!.hasPolicy ? [`${page}: sets its own Content-Security-Policy; src/lib/csp.ts writes every page's`] : []),
					...facts[i]!.scripts
						.filter((script) => script.inNote)
						.map((script) => `${page}: <script> inside the note's content, which the sanitizer should have removed: ${JSON.stringify(script.text.slice(0, 80))}`),
				]);
				if (problems.length > 0) throw new Error(`✗ Content-Security-Policy:\n${problems.join('\n')}`);
				logger.info(`Content-Security-Policy set on ${plural(pages.length, 'page')}`);

				// After the pages are final, and not while they are parsed: this process and Pagefind's together set the build's peak memory.
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
