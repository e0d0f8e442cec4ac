/**
 * Around `astro build`: collects every page as it is rendered (src/middleware.ts gives it its Content-Security-Policy,
 * hashing the inline scripts an HTML parse finds in it); once the site is written, checks that every page
 * went through the middleware, none brings a policy of its own and no note holds a script, checks every internal
 * link and `#anchor`, and meanwhile builds the search index (written once the checks pass). While the pages render,
 * each note's English page writes its companion files (src/lib/note-companions.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isHtml, siteFiles } from '../lib/built-site.ts';
import type { LinkCheckOptions } from '../lib/check-links.ts';
import { writeCompanionsInto } from '../lib/companions-dir.ts';
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
	let outDir: string | undefined;
	let collector: PageCollector | undefined;
	let checked: Promise<void> | undefined;
	let indexed: Promise<void> | undefined;
	return {
		name: 'paper-notes:built-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				options = { base: config.base, site: config.site };
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => {
				collector = startCollecting();
				writeCompanionsInto(outDir);
			},
			// The checks (in the helper) and the search index (in Pagefind's process) start as soon as the pages are
			// written, while Astro finishes the build (the sitemap among others); `astro:build:done` waits for them.
			'astro:build:generated': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				// Every page is rendered: nothing more to write beside them.
				writeCompanionsInto(undefined);
				// Compacted first: this process, the helper's checking every page and Pagefind's set the build's peak memory.
				releaseMemory();
				// The pages as Astro wrote them: no page links into Pagefind's files or the sitemap, which come next. Astro's
				// own `.prerender/` (there when the site is built inside the project) is removed next, and not the site's.
				const files = siteFiles(site).filter((file) => !file.startsWith('.prerender/'));
				checked = checkPages(collector!, files, options, logger);
				indexed = buildSearchIndex(site, logger, checked);
				// Awaited in `astro:build:done`; a failure before then is not unhandled.
				for (const running of [checked, indexed]) running.catch(() => {});
			},
			'astro:build:done': async () => {
				// Both settled (Pagefind stops once the checks fail), then the checks' problems first.
				const [checks, search] = await Promise.allSettled([checked, indexed]);
				if (checks.status === 'rejected') throw checks.reason;
				if (search.status === 'rejected') throw search.reason;
			},
		},
	};
}

/** Checks the pages' policies and links (see `PageCollector.finish`), and fails the build naming every problem. */
async function checkPages(collector: PageCollector, files: string[], options: LinkCheckOptions, logger: AstroIntegrationLogger): Promise<void> {
	const pages = files.filter(isHtml).length;
	const problems = await collector.finish(files, options);
	if (problems.policies.length > 0) throw new Error(`✗ Content-Security-Policy:\n${problems.policies.join('\n')}`);
	logger.info(`Content-Security-Policy checked on ${plural(pages, 'page')}`);
	if (problems.links.length > 0) throw new Error(`✗ ${plural(problems.links.length, 'broken link')} in the built site:\n${problems.links.join('\n')}`);
	logger.info(`✓ every internal link of ${plural(pages, 'page')} leads somewhere`);
}
