/**
 * Around `astro build`: collects every page as it is rendered (src/middleware.ts gives it its Content-Security-Policy,
 * hashing the inline scripts a browser-like parse finds in it); once the site is written, checks that every page
 * went through the middleware, none brings a policy of its own and no note holds a script, checks every internal
 * link and `#anchor`, then builds the search index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isHtml, siteFiles } from '../lib/built-site.ts';
import type { LinkCheckOptions } from '../lib/check-links.ts';
import { startCollecting, type PageCollector } from '../lib/page-policies.ts';
import { buildSearchIndex } from './pagefind.ts';

/** The pages are written: V8 compacts its heap and hands the pages' garbage back to the system. */
function releaseMemory() {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as (options: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function builtPagesIntegration(): AstroIntegration {
	let options: LinkCheckOptions = {};
	let collector: PageCollector | undefined;
	return {
		name: 'paper-notes:built-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				options = { base: config.base, site: config.site };
			},
			'astro:build:start': () => {
				collector = startCollecting();
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				// Compacted first: this process and the helper's, checking every page, set the build's peak memory (and
				// then this one and Pagefind's).
				releaseMemory();
				// The site as Astro wrote it: no page links into Pagefind's files, which come next.
				const files = await siteFiles(site);
				const pages = files.filter(isHtml).length;
				const problems = await collector!.finish(files, options);
				if (problems.policies.length > 0) throw new Error(`✗ Content-Security-Policy:\n${problems.policies.join('\n')}`);
				logger.info(`Content-Security-Policy checked on ${plural(pages, 'page')}`);
				if (problems.links.length > 0) throw new Error(`✗ ${plural(problems.links.length, 'broken link')} in the built site:\n${problems.links.join('\n')}`);
				logger.info(`✓ every internal link of ${plural(pages, 'page')} leads somewhere`);

				await buildSearchIndex(site, logger);
			},
		},
	};
}
