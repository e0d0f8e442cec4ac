/** Runs `astro build` for a notes folder and measures it: wall time, phases from its log, peak memory of the process tree. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { watchPeakRss } from './process-tree.ts';

export interface Phases {
	/** Content layer sync: reading, validating and rendering every note's Markdown. */
	content: number;
	/** Rendering every route to HTML. */
	pages: number;
	/** Both Pagefind bundles (as the integration logs it), from the end of page rendering: the page checks and the sitemap run beside it. */
	pagefind: number;
	/** Everything else after the pages were written and not beside Pagefind. */
	post: number;
	/** Start-up, config and notes check, type generation, bundling, exit. */
	other: number;
}

export interface BuildRun {
	wallMs: number;
	peakRssBytes: number;
	phases: Phases;
	log: string;
}

interface LogLine {
	ms: number;
	text: string;
}

const ansi = /\x1b\[[0-9;]*m/g;

/** Phase durations from the arrival time of Astro's own log lines (its printed timestamps have only seconds). */
function phasesFromLog(lines: LogLine[], wallMs: number): Phases {
	const at = (pattern: RegExp, after = 0) => lines.find((line) => line.ms >= after && pattern.test(line.text))?.ms;
	const syncStart = at(/\[content\] Syncing content/);
	const syncEnd = at(/\[content\] Synced content/);
	const routesStart = at(/generating static routes/);
	const routesEnd = routesStart === undefined ? undefined : at(/✓ Completed in/, routesStart);
	const done = at(/\[build\] Complete!/) ?? wallMs;
	if ([syncStart, syncEnd, routesStart, routesEnd].includes(undefined)) throw new Error('build log lacks the lines phases are read from');
	const pagefind = lines
		.filter((line) => /\[paper-notes:built-pages\]/.test(line.text))
		.reduce((sum, line) => sum + Number(/built in (\d+) ms/.exec(line.text)?.[1] ?? 0), 0);
	const content = syncEnd! - syncStart!;
	const pages = routesEnd! - routesStart!;
	const post = Math.max(0, done - routesEnd! - pagefind);
	return { content, pages, pagefind, post, other: wallMs - content - pages - pagefind - post };
}

/** Builds the site from `notesDir` into `outDir` with the project's own Astro. */
export async function runBuild(notesDir: string, outDir: string): Promise<BuildRun> {
	const started = performance.now();
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		env: { ...process.env, NOTES_DIR: notesDir },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const memory = watchPeakRss(child.pid!);
	const lines: LogLine[] = [];
	for (const stream of [child.stdout, child.stderr]) {
		createInterface({ input: stream }).on('line', (text) => lines.push({ ms: performance.now() - started, text: text.replace(ansi, '') }));
	}
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const wallMs = performance.now() - started;
	const peakRssBytes = memory.stop();
	const log = lines.map((line) => line.text).join('\n');
	if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${log.slice(-4000)}`);
	return { wallMs, peakRssBytes, phases: phasesFromLog(lines, wallMs), log };
}
