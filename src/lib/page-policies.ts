/**
 * Pages as `astro build` renders them, handed here by src/middleware.ts: a helper process reads each page's facts
 * (scripts, ids, links) on the core the rendering leaves idle, gives back the hashes of its inline scripts for its
 * Content-Security-Policy, and checks the facts once the site is written.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LinkCheckOptions } from './check-links.ts';

export type ToFactsHelper = { id: number; page: string; html: Uint8Array } | { finish: { files: string[]; options: LinkCheckOptions } };
export type FromFactsHelper = { id: number; hashes: string[] } | PageProblems;

/** What is wrong with the built pages, as lines naming the page. */
export interface PageProblems {
	policies: string[];
	links: string[];
}

export interface PageCollector {
	/**
	 * Reads the page's facts, and gives the hashes of its inline scripts for its policy. `page` is the page's path under
	 * the site's base, without slashes at either end (`notes/salmonn`, `404`, `` for the home page); `html` its UTF-8.
	 */
	add(page: string, html: Uint8Array): Promise<string[]>;
	/**
	 * Once the helper has read every page: checks each written page (`files`: the site's files) for its policy and
	 * its links, and returns what is wrong; the helper then exits.
	 */
	finish(files: string[], options: LinkCheckOptions): Promise<PageProblems>;
}

/** Shared through `globalThis`: the integration and the middleware are separate module instances (config and built code) in one process. */
const key = Symbol.for('paper-notes:page-collector');
type WithCollector = { [key]?: PageCollector };

/** The collector of the build under way, if any (none in dev: pages are not collected there). */
export const pageCollector = (): PageCollector | undefined => (globalThis as WithCollector)[key];

/** The path `add` expects for a page at `pathname`, on a site at `base`. */
export function pageKey(pathname: string, base: string): string {
	const prefix = base.replace(/\/$/, '');
	const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
	return decodeURI(path).replace(/^\/+|\/+$/g, '');
}

/** The path `add` expects for the built file `file` (`notes/salmonn/index.html`, `404.html`). */
export const fileKey = (file: string): string => file.replace(/\.html$/, '').replace(/(^|\/)index$/, '');

/** Starts the helper and makes its collector the build's, until `finish`. */
export function startCollecting(): PageCollector {
	// Semi-spaces of at most 4 MB, far below V8's own sizing: the parser's garbage is short-lived, and with
	// V8's sizing a parsing helper held 250 MB, enough to take the 1000-note build past 1 GB.
	const execArgv = [...process.execArgv, '--max-semi-space-size=4'];
	const child: ChildProcess = fork(fileURLToPath(new URL('./page-policies-helper.ts', import.meta.url)), { serialization: 'advanced', stdio: 'inherit', execArgv });
	const stopped = new Promise<never>((_, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`the page facts helper process stopped (exit code ${code})`)));
	});
	stopped.catch(() => {});
	const waiting = new Map<number, (hashes: string[]) => void>();
	let finished: ((problems: PageProblems) => void) | undefined;
	child.on('message', (message: FromFactsHelper) => {
		if (!('id' in message)) return finished?.(message);
		waiting.get(message.id)!(message.hashes);
		waiting.delete(message.id);
	});
	let nextId = 0;
	const collector: PageCollector = {
		add(page, html) {
			const id = nextId++;
			child.send({ id, page, html } satisfies ToFactsHelper);
			return Promise.race([new Promise<string[]>((resolve) => waiting.set(id, resolve)), stopped]);
		},
		async finish(files, options) {
			delete (globalThis as WithCollector)[key];
			const problems = new Promise<PageProblems>((resolve) => (finished = resolve));
			child.send({ finish: { files, options } } satisfies ToFactsHelper);
			const result = await Promise.race([problems, stopped]);
			child.disconnect();
			return result;
		},
	};
	(globalThis as WithCollector)[key] = collector;
	return collector;
}
