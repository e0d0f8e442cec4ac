/** The search index: one Pagefind bundle per language, each segmented in its own language, built in Pagefind's own process. */
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundles } from './search-bundles.ts';

// KaTeX writes every formula twice (MathML for screen readers, HTML for the eye): index it once.
const alwaysExcluded = ['.katex-mathml'];

/** Indexes the built site at `site` (a folder path ending in `/`); resolves when both bundles are written. */
export async function buildSearchIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	// Both languages at once: each index is built on one thread of Pagefind's process.
	await Promise.all(
		Object.values(searchBundles).map(async (bundle) => {
			const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...alwaysExcluded, bundle.exclude] });
			if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
			const added = await index.addDirectory({ path: site, glob: bundle.pages });
			const written = await index.writeFiles({ outputPath: `${site}${bundle.path}` });
			const problems = [...added.errors, ...written.errors];
			if (problems.length > 0) throw new Error(`Pagefind failed for ${bundle.path}: ${problems.join('; ')}`);
			await index.deleteIndex();
			logger.info(`${bundle.path}: ${added.page_count} pages indexed`);
		}),
	);
	await pagefind.close();
	// The benchmark (scripts/bench) reads this line for the Pagefind phase.
	logger.info(`search index built in ${Math.round(performance.now() - started)} ms`);
}
