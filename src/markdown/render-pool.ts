/** The site's Markdown renderer (`renderer.ts`), run in this process and in a helper process at once: the content sync renders every note, and one process left a core idle. */
import type { MarkdownRenderer, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { notesDir } from '../lib/notes-dir.ts';
import { noteIndex, type NoteIndex } from './note-index.ts';

export type ToHelper = { shared: unknown; noteIndex: NoteIndex } | { id: number; content: string; frontmatter?: Record<string, unknown>; fileURL?: string };
export type FromHelper =
	| { type: 'done'; id: number; result: MarkdownRenderResult }
	| { type: 'failed'; id: number; message: string; stack?: string }
	| { type: 'print'; level: 'log' | 'warn' | 'error'; text: string };

/**
 * Notes queued on the helper before this process takes the next one itself. Astro's glob loader has 10 notes
 * in flight; this process also reads and validates every note, and with 4 queued the helper sat idle a third of the time.
 */
const HELPER_QUEUE = 8;
/**
 * A helper idle this long is stopped: after the content sync it would only hold memory, while the build bundles its
 * pages and starts its page checks (held 300 ms, it set the 1000-note build's peak). At 50 ms one helper still
 * served each whole sync of 1000 and 5000 notes.
 */
const IDLE_MS = 50;
/** Renders asked for this close together are a burst (a folder being synced), worth a second process. */
const BURST_MS = 100;

/**
 * `local` renders in this process; `shared` (Astro's renderer options, plain data) is what the helper
 * builds its own renderer from. A lone render (a note edited in dev) stays here; in a burst (Astro
 * syncing a folder) the helper takes a note whenever it has room, this process the others. A process,
 * not a worker thread: when it exits all its memory goes back to the system (a thread's stayed in this
 * process's allocator and raised the build's peak by about 150 MB).
 */
export function withHelperProcess(local: MarkdownRenderer, shared: unknown): MarkdownRenderer {
	let helper: ChildProcess | undefined;
	let idle: NodeJS.Timeout | undefined;
	let lastCall = -Infinity;
	let nextId = 0;
	const waiting = new Map<number, { resolve: (result: MarkdownRenderResult) => void; reject: (error: Error) => void }>();

	const stop = () => {
		// Disconnected, it exits once its output is written.
		if (helper?.connected) helper.disconnect();
		helper = undefined;
	};
	const fail = (error: Error) => {
		for (const { reject } of waiting.values()) reject(error);
		waiting.clear();
		stop();
	};
	const start = (): ChildProcess => {
		// The notes it may link to, as this process has them: the helper need not read every note again.
		const index = noteIndex(notesDir);
		const child = fork(fileURLToPath(new URL('./render-helper.ts', import.meta.url)), { serialization: 'advanced', stdio: 'inherit' });
		child.send({ shared, noteIndex: index } satisfies ToHelper);
		child.on('message', (message: FromHelper) => {
			if (message.type === 'print') return void console[message.level](message.text);
			const job = waiting.get(message.id);
			waiting.delete(message.id);
			if (message.type === 'done') job?.resolve(message.result);
			else job?.reject(Object.assign(new Error(message.message), { stack: message.stack }));
			if (waiting.size === 0) idle = setTimeout(stop, IDLE_MS);
		});
		// Only the current helper has jobs waiting: one stopped while idle may exit after the next has started.
		child.on('error', (error) => {
			if (child === helper) fail(error);
		});
		child.on('exit', (code) => {
			if (child === helper && waiting.size > 0) fail(new Error(`the Markdown helper process stopped (exit code ${code})`));
		});
		return child;
	};

	return {
		async render(content, options = {}) {
			const now = performance.now();
			const burst = now - lastCall < BURST_MS;
			lastCall = now;
			if (!burst || waiting.size >= HELPER_QUEUE) return local.render(content, options);
			clearTimeout(idle);
			helper ??= start();
			const id = nextId++;
			const result = new Promise<MarkdownRenderResult>((resolve, reject) => waiting.set(id, { resolve, reject }));
			helper.send({ id, content, frontmatter: options.frontmatter, fileURL: options.fileURL?.href } satisfies ToHelper);
			return result;
		},
	};
}
