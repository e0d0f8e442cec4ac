/** After `astro build`: fails the build on any internal link or `#anchor` that leads nowhere, naming the page and the link. */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isHtml, siteFiles } from '../lib/built-site.ts';
import { checkLinks, formatBrokenLink, type LinkCheckOptions } from '../lib/check-links.ts';

export function checkLinksIntegration(): AstroIntegration {
	let options: LinkCheckOptions = {};
	return {
		name: 'paper-notes:check-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				options = { base: config.base, site: config.site };
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const files = await siteFiles(site);
				const pages = new Map<string, string>();
				for (const file of files.filter(isHtml)) pages.set(file, await readFile(site + file, 'utf8'));
				const broken = checkLinks(pages, new Set(files), options);
				if (broken.length > 0) {
					const count = broken.length === 1 ? '1 broken link' : `${broken.length} broken links`;
					throw new Error(`${count} in the built site (page: "link" (why)):\n${broken.map(formatBrokenLink).join('\n')}`);
				}
				logger.info(`✓ every internal link of ${pages.size} pages leads somewhere`);
			},
		},
	};
}
