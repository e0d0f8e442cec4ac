/** `npm run bench -- [--notes N ...] [--seed S] [--check] [--keep]`: builds the site with N synthetic notes and measures build, weight and search (issue 7). */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveSite } from '../tests/e2e/server.ts';
import { cacheDirFor } from '../src/lib/notes-dir.ts';
import { checkBudgets } from './bench/budgets.ts';
import { runBuild } from './bench/build.ts';
import { distSize } from './bench/dist-size.ts';
import { syntheticNote } from './bench/generate.ts';
import { measurePage } from './bench/page-weight.ts';
import { measureSearch, type SearchQuery } from './bench/search-timing.ts';
import { markdownTable } from './bench/table.ts';
import type { BuildResult, Report, RunResult } from './bench/types.ts';

const { values, positionals } = parseArgs({
	options: {
		notes: { type: 'string', multiple: true },
		seed: { type: 'string', default: '7' },
		check: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
	},
	allowPositionals: true,
});
// `--notes 1000 5000` and `--notes 1000,5000` both work.
const counts = [...(values.notes ?? []), ...positionals].flatMap((value) => value.split(',')).map(Number);
if (counts.some((count) => !Number.isInteger(count) || count < 0)) throw new Error(`--notes takes whole numbers, got ${counts.join(' ')}`);
const seed = Number(values.seed);

const realNotes = 'notes';
const seedNote = 'salmonn';
const queries = {
	en: { path: '/notes/salmonn/', text: 'speaker verification' },
	zh: {
		path: '/zh/notes/salmonn/',
		text: '说话人验证',
		words: [
			{ pinyin: 'shuohuaren', word: '说话人' },
			{ pinyin: 'yanzheng', word: '验证' },
		],
	},
} satisfies Record<string, SearchQuery>;

/** A notes folder with the real notes and `count` synthetic ones; returns its path and the synthetic notes' mean size. */
function prepareNotes(dir: string, count: number): { notesDir: string; noteBytes: number; edited: string } {
	const notesDir = join(dir, 'notes');
	mkdirSync(notesDir, { recursive: true });
	for (const name of readdirSync(realNotes)) if (/\.mdx?$/.test(name)) cpSync(join(realNotes, name), join(notesDir, name));
	let bytes = 0;
	for (let i = 0; i < count; i++) {
		const note = syntheticNote(seed, i);
		writeFileSync(join(notesDir, `${note.slug}.md`), note.text);
		bytes += Buffer.byteLength(note.text);
	}
	const edited = join(notesDir, count > 0 ? `${syntheticNote(seed, 0).slug}.md` : `${seedNote}.md`);
	return { notesDir, noteBytes: count > 0 ? Math.round(bytes / count) : 0, edited };
}

/**
 * Why: ext4 without a journal (as on these machines) avoids reusing an inode freed in the last minute or so, so creating a
 * file then steps past every one of them. A build that starts right after many files were deleted spent twice the
 * system time (at 1000 notes, 20.5 s instead of 16.5 s): that is the previous run's folder, or the output Astro
 * empties before a warm build, not the build being measured. So the bench deletes its folders only when it ends,
 * and a cold build starts no sooner than a minute after the last build that emptied an output folder.
 */
const inodeReuseMs = 65_000;
let lastEmptiedAt = -Infinity;
/** The runs' folders, deleted (or kept) when the bench ends. */
const leftovers: string[] = [];

async function build(notesDir: string, outDir: string, cold: boolean): Promise<BuildResult> {
	const wait = lastEmptiedAt + inodeReuseMs - performance.now();
	if (cold && wait > 0) {
		console.error(`[bench] waiting ${Math.ceil(wait / 1000)} s for the files deleted by the last build to be reusable…`);
		await new Promise((resolve) => setTimeout(resolve, wait));
	}
	const loadBefore = loadavg()[0]!;
	const { wallMs, peakRssBytes, phases } = await runBuild(notesDir, outDir);
	// Astro empties a previous output before it writes the new one.
	if (!cold) lastEmptiedAt = performance.now();
	return { wallMs, peakRssBytes, phases, loadBefore };
}

async function run(browser: Browser, count: number): Promise<RunResult> {
	// A new folder: a cold build, with no content-layer cache (rendered Markdown lives there) and no previous output.
	const dir = mkdtempSync(join(tmpdir(), `paper-notes-bench-${count}-`));
	leftovers.push(dir);
	const { notesDir, noteBytes, edited } = prepareNotes(dir, count);
	const outDir = join(dir, 'dist');
	console.error(`[bench] ${count} notes: cold build…`);
	const cold = await build(notesDir, outDir, true);
	appendFileSync(edited, '\nEdited for the warm build.\n');
	console.error(`[bench] ${count} notes: warm build…`);
	const warm = await build(notesDir, outDir, false);
	const { dist, pagefind } = distSize(outDir);

	console.error(`[bench] ${count} notes: pages and search in Chromium…`);
	const site = await serveSite(outDir);
	try {
		const measure = (path: string) => measurePage(browser, site.url, path);
		const pages = {
			home: await measure('/'),
			seedNote: await measure(`/notes/${seedNote}/`),
			...(count > 0 ? { mathNote: await measure(`/notes/${syntheticNote(seed, 1).slug}/`) } : {}),
		};
		const search = {
			en: await measureSearch(browser, site.url, queries.en),
			zh: await measureSearch(browser, site.url, queries.zh),
		};
		return { synthetic: count, notes: readdirSync(notesDir).length, noteBytes, cold, warm, dist, pagefind, pages, search };
	} finally {
		await site.close();
	}
}

const browser = await launchBrowser();
const report: Report = {
	date: new Date().toISOString(),
	seed,
	machine: { cpus: availableParallelism(), node: process.version },
	runs: [],
};
try {
	for (const count of counts.length > 0 ? counts : [0, 1000, 5000]) report.runs.push(await run(browser, count));
} finally {
	await browser.close();
	for (const dir of leftovers) {
		if (values.keep) console.error(`[bench] kept ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
		// The cache of a notes folder that is gone (or kept only to look at) is of no further use.
		rmSync(cacheDirFor(join(dir, 'notes')), { recursive: true, force: true });
	}
}

mkdirSync('bench-results', { recursive: true });
const file = resolve('bench-results', `bench-${report.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, '\t')}\n`);
console.log(markdownTable(report));
console.log(`\nReport: ${file}`);

if (values.check) {
	const misses = checkBudgets(report);
	for (const miss of misses) console.log(`budget missed: ${miss}`);
	if (misses.length > 0) process.exit(1);
	console.log('All budgets met.');
}
