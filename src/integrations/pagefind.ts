/** The search index: one Pagefind bundle per language, each segmented in its own language, built in Pagefind's own process. */
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { searchBundles } from './search-bundles.ts';
import { rechunkBundle } from './pagefind-chunks.ts';

// KaTeX writes every formula twice (MathML for screen readers, HTML for the eye): index it once.
const alwaysExcluded = ['.katex-mathml'];
/**
 * The word index in chunks of at most 8 KB of CBOR (about 4 KB gzipped; a word whose postings are
 * larger is a chunk of its own): a query word fetches its chunk, and the metadata fetched before any
 * query lists every chunk (30 bytes or so each), so much smaller costs more than it saves.
 */
const chunkBytes = 8 * 1024;

/** Indexes the built site at `site` (a folder path ending in `/`); resolves when both bundles are written. */
export async function buildSearchIndex(site: string, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	// One language at a time (this process and Pagefind's with both indexes passed 1 GB at 1000 notes),
	// the larger Chinese index first, while this process has not yet grown with re-cutting an index.
	for (const bundle of [searchBundles.zh, searchBundles.en]) {
		const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...alwaysExcluded, bundle.exclude] });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: site, glob: bundle.pages });
		const written = await index.writeFiles({ outputPath: `${site}${bundle.path}` });
		const problems = [...added.errors, ...written.errors];
		if (problems.length > 0) throw new Error(`Pagefind failed for ${bundle.path}: ${problems.join('; ')}`);
		// Its process exits, and gives its memory back before the next language or the re-cut.
		await pagefind.close();
		const chunks = await rechunkBundle(`${site}${bundle.path}/`, chunkBytes);
		logger.info(`${bundle.path}: ${added.page_count} pages indexed, the word index in ${chunks.after} chunks (Pagefind's ${chunks.before} re-cut)`);
	}
	// The benchmark (scripts/bench) reads this line for the Pagefind phase.
	logger.info(`search index built in ${Math.round(performance.now() - started)} ms`);
}
