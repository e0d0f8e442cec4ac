import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, validateNotes } from '../../src/lib/validate-notes.ts';
import { buildFixtureSite } from '../e2e/fixture-sites.ts';
import { cases, type Case, type Stage } from './reliability-cases.ts';

/**
 * Runs every case of the README's "Reliability" table and checks that the table shows exactly
 * what a contributor sees. After changing a message, regenerate the table with
 * `UPDATE_README=1 npm run test:unit -- tests/unit/reliability.test.ts`.
 */

const work = path.resolve('node_modules/.cache/reliability');
const START = '<!-- reliability-table:start';
const END = '<!-- reliability-table:end -->';
/** The build with the 1 MB note takes about 16 s on 2 shared cores; allow for a loaded machine. */
const BUILD_SECONDS = 120;

/** A fresh notes folder under `work/name` holding `files`; returns its path. */
async function notesFolder(name: string, files: Case['files']): Promise<string> {
	const dir = path.join(work, name, 'notes');
	await rm(path.join(work, name), { recursive: true, force: true });
	for (const [file, content] of Object.entries(files)) {
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), content);
	}
	return dir;
}

/** Paths as the contributor's own checkout shows them: `notes/…`. */
const asNotes = (dir: string) => (line: string) => line.replaceAll(path.relative(process.cwd(), dir).split(path.sep).join('/'), 'notes');

const messages = new Map<Case, string[]>();
const builds: Partial<Record<Stage, { status: number | null; seconds: number; log: string }>> = {};

/** One build of all the cases of a stage together, each case's lines picked from the log by its files. */
async function buildStage(stage: 'build' | 'links') {
	const staged = cases.filter((c) => c.stage === stage);
	const dir = await notesFolder(stage, Object.assign({}, ...staged.map((c) => c.files)));
	const built = buildFixtureSite(stage, { notesDir: dir, outDir: path.join(work, stage, 'dist') });
	builds[stage] = built;
	const lines = built.log.split('\n').map(asNotes(dir));
	for (const c of staged) {
		const slugs = Object.keys(c.files).map((file) => file.replace(/\.mdx?$/, ''));
		const mine = (line: string) =>
			slugs.some((slug) => (stage === 'build' ? line.startsWith(`notes/${slug}.`) : new RegExp(`^(zh/)?notes/${slug}/index\\.html: `).test(line)));
		messages.set(c, lines.filter(mine));
	}
}

beforeAll(async () => {
	await Promise.all(
		cases
			.filter((c) => c.stage === 'check')
			.map(async (c, i) => {
				const dir = await notesFolder(`check-${i}`, c.files);
				const { problems } = await validateNotes(dir, path.dirname(dir));
				messages.set(c, problems.map(formatProblem).map(asNotes(dir)));
			}),
	);
	// One build at a time: they share Astro's content cache.
	await buildStage('build');
	await buildStage('links');
}, 4 * BUILD_SECONDS * 1000);

const where: Record<Stage, string> = {
	check: '`npm run check:notes`; the build stops before rendering',
	build: 'warning from `astro build`; the page is built',
	links: 'the link check fails `astro build`',
};

/** Markdown code span for `text`, safe inside a table cell. */
function code(text: string): string {
	const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text.replaceAll('|', '\\|')}${pad}${fence}`;
}

function table(): string {
	const rows = cases.map((c) => {
		const lines = messages.get(c) ?? [];
		if (lines.length === 0) return `| ${c.input} | ${c.example} | \`astro build\` | nothing: it builds like any other note (the test times the build) |`;
		return `| ${c.input} | ${c.example} | ${where[c.stage]} | ${lines.map(code).join('<br>')} |`;
	});
	return ['| Bad input | Example | Where it shows | What the contributor sees |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

async function readmeTable(): Promise<{ readme: string; start: number; end: number }> {
	const readme = await readFile('README.md', 'utf8');
	const start = readme.indexOf('\n', readme.indexOf(START)) + 1;
	const end = readme.indexOf(END);
	if (readme.indexOf(START) < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
	return { readme, start, end };
}

describe('reliability: every bad input of the README table', () => {
	for (const c of cases) {
		it(c.input, () => {
			const lines = messages.get(c)!;
			if (c.input === 'A 1 MB note') {
				expect(lines).toEqual([]);
				return;
			}
			expect(lines.length, 'the contributor is told something').toBeGreaterThan(0);
			for (const line of lines) expect(line).toMatch(/^(zh\/)?notes\//);
		});
	}

	it('builds the site with the 1 MB note and the notes that only warn', () => {
		expect(builds.build?.status, builds.build?.log).toBe(0);
		console.info(`build with a 1 MB note: ${builds.build!.seconds.toFixed(1)} s`);
		expect(builds.build!.seconds).toBeLessThan(BUILD_SECONDS);
	});

	it('fails the build on a broken link', () => {
		expect(builds.links?.status).not.toBe(0);
	});

	it('README.md shows exactly these cases and messages', async () => {
		const { readme, start, end } = await readmeTable();
		const generated = `${table()}\n`;
		if (process.env.UPDATE_README) await writeFile('README.md', readme.slice(0, start) + generated + readme.slice(end));
		else expect(readme.slice(start, end), 'regenerate with UPDATE_README=1 (see this file)').toBe(generated);
	});
});
