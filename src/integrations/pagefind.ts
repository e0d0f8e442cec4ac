/** The search index: one Pagefind bundle per language, each segmented in its own language, indexed in Pagefind's own process, re-cut and written in this one. */
import type { AstroIntegrationLogger } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as pagefind from 'pagefind';
import { searchBundles } from './search-bundles.ts';
import { rechunkBundle, type BundleFiles } from './pagefind-chunks.ts';

// KaTeX writes every formula twice (MathML for screen readers, HTML for the eye): index it once.
const alwaysExcluded = ['.katex-mathml'];
/**
 * The word index in chunks of at most 8 KB of CBOR (about 4 KB gzipped; a word whose postings are
 * larger is a chunk of its own): a query word fetches its chunk, and the metadata fetched before any
 * query lists every chunk (30 bytes or so each), so much smaller costs more than it saves.
 */
const chunkBytes = 8 * 1024;

/**
 * Pagefind's bundle of one language, in its own process, which exits when done (and gives its memory back): the pages
 * indexed and the bundle's files. They are asked for once `ready` resolves; should it reject, Pagefind stops at once.
 */
async function indexBundle(site: string, bundle: (typeof searchBundles)[keyof typeof searchBundles], ready: Promise<unknown>): Promise<{ pages: number; files: BundleFiles }> {
	try {
		const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...alwaysExcluded, bundle.exclude] });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const [added] = await Promise.all([index.addDirectory({ path: site, glob: bundle.pages }), ready]);
		// Its files in memory rather than written by Pagefind: they are re-cut before they are written, and
		// Pagefind's many threads creating a thousand new files took longer (0.5–1 s over both bundles at 1000 notes).
		const got = await index.getFiles();
		const problems = [...added.errors, ...got.errors];
		if (problems.length > 0) throw new Error(`Pagefind failed for ${bundle.path}: ${problems.join('; ')}`);
		return { pages: added.page_count, files: new Map(got.files.map((file) => [file.path, file.content])) };
	} finally {
		// Also ends what is still pending.
		await pagefind.close();
	}
}

/** Writes the bundle `files` into the folder `dir`. */
export function writeBundle(dir: string, files: BundleFiles): void {
	const made = new Set<string>();
	for (const [path, bytes] of files) {
		const file = `${dir}/${path}`;
		const folder = dirname(file);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(file, bytes);
	}
}

/**
 * Indexes the built site at `site` (a folder path ending in `/`); resolves when both bundles are written. Pagefind
 * may read the pages while `ready` is pending, but makes the bundles' files only once it resolves (none if it rejects):
 * its memory peaks while it makes them.
 */
export async function buildSearchIndex(site: string, logger: AstroIntegrationLogger, ready: Promise<unknown>): Promise<void> {
	const started = performance.now();
	// One language at a time (this process and Pagefind's with both indexes passed 1 GB at 1000 notes),
	// the larger Chinese index first, while this process has not yet grown with re-cutting an index.
	// A bundle is re-cut here while Pagefind indexes the next language.
	const recuts: Promise<void>[] = [];
	try {
		for (const bundle of [searchBundles.zh, searchBundles.en]) {
			const { pages, files } = await indexBundle(site, bundle, ready);
			const recut = rechunkBundle(files, chunkBytes, bundle.path).then(({ before, after }) => {
				writeBundle(`${site}${bundle.path}`, files);
				logger.info(`${bundle.path}: ${pages} pages indexed, the word index in ${after} chunks (Pagefind's ${before} re-cut)`);
			});
			// Awaited below; a failure while the next language is indexed is not unhandled.
			recut.catch(() => {});
			recuts.push(recut);
		}
	} finally {
		// None left unawaited should Pagefind fail.
		await Promise.allSettled(recuts);
	}
	await Promise.all(recuts);
	// The benchmark (scripts/bench) reads this line for the Pagefind phase (which includes waiting for `ready`).
	logger.info(`search index built in ${Math.round(performance.now() - started)} ms`);
}
