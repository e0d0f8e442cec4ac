/** After `astro build`, one pass over every HTML page: gives it its Content-Security-Policy (hashes of the inline scripts it really contains), then checks every internal link and `#anchor`. */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isHtml, siteFiles } from '../lib/built-site.ts';
import { checkLinks, formatBrokenLink, type LinkCheckOptions } from '../lib/check-links.ts';
import { scriptHash, withPolicy } from '../lib/csp.ts';
import { pageFacts, type PageFacts } from '../lib/page-facts.ts';

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
				const site = fileURLToPath(dir);
				const files = await siteFiles(site);
				const pages = new Map<string, Pick<PageFacts, 'anchors' | 'links'>>();
				const problems: string[] = [];
				for (const page of files.filter(isHtml)) {
					const html = await readFile(site + page, 'utf8');
					const { scripts, hasPolicy, anchors, links } = pageFacts(html);
					pages.set(page, { anchors, links });
					if (hasPolicy) problems.push(`${page}: sets its own Content-Security-Policy; src/lib/csp.ts writes every page's`);
					for (const script of scripts.filter((s) => s.inNote)) {
						problems.push(`${page}: <script> inside the note's content, which the sanitizer should have removed: ${JSON.stringify(script.text.slice(0, 80))}`);
					}
					await writeFile(site + page, withPolicy(html, scripts.filter((s) => !s.inNote).map((s) => scriptHash(s.text))));
				}
				if (problems.length > 0) throw new Error(`✗ Content-Security-Policy:\n${problems.join('\n')}`);
				logger.info(`Content-Security-Policy set on ${plural(pages.size, 'page')}`);

				const broken = checkLinks(pages, new Set(files), options);
				if (broken.length > 0) throw new Error(`✗ ${plural(broken.length, 'broken link')} in the built site:\n${broken.map(formatBrokenLink).join('\n')}`);
				logger.info(`✓ every internal link of ${plural(pages.size, 'page')} leads somewhere`);
			},
		},
	};
}
