/** Runs `astro build` for a notes folder and measures it: wall time, phases from its log, peak memory of the process tree. */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
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

/** Phase durations from when Astro's own log lines appear (within 50 ms; its printed timestamps have only seconds). */
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

/** Lines appended to the file `fd` since the last call, each stamped with the time it was first seen. */
function logReader(fd: number, started: number) {
	const lines: LogLine[] = [];
	const chunk = Buffer.alloc(1 << 16);
	// A character may be cut between two reads.
	const decoder = new StringDecoder('utf8');
	let position = 0;
	let partial = '';
	const read = () => {
		for (let bytes; (bytes = readSync(fd, chunk, 0, chunk.length, position)) > 0; position += bytes) partial += decoder.write(chunk.subarray(0, bytes));
		const complete = partial.split('\n');
		partial = complete.pop()!;
		const ms = performance.now() - started;
		for (const text of complete) lines.push({ ms, text: text.replace(ansi, '') });
	};
	return { lines, read };
}

/**
 * Builds the site from `notesDir` into `outDir` with the project's own Astro. The build writes its log to a file,
 * read every 50 ms, not to a pipe read line by line: a reader woken for each of Astro's 11000 lines at 1000 notes
 * took a second of CPU beside the build, on the same two cores (hyperfine, likewise, sends output nowhere).
 */
export async function runBuild(notesDir: string, outDir: string): Promise<BuildRun> {
	const logFile = `${outDir.replace(/\/$/, '')}.build.log`;
	const fd = openSync(logFile, 'w+');
	try {
		const started = performance.now();
		const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
			env: { ...process.env, NOTES_DIR: notesDir },
			stdio: ['ignore', fd, fd],
		});
		const memory = watchPeakRss(child.pid!);
		const log = logReader(fd, started);
		const polling = setInterval(log.read, 50);
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		const wallMs = performance.now() - started;
		clearInterval(polling);
		log.read();
		const peakRssBytes = memory.stop();
		const text = log.lines.map((line) => line.text).join('\n');
		if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${text.slice(-4000)}`);
		return { wallMs, peakRssBytes, phases: phasesFromLog(log.lines, wallMs), log: text };
	} finally {
		closeSync(fd);
		rmSync(logFile, { force: true });
	}
}
