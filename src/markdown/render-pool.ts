/** Astro's Markdown renderer, run on this thread and on a worker thread at once: the content sync renders every note, and one thread left a core idle. */
import type { MarkdownRenderer, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { Worker } from 'node:worker_threads';

export interface ToWorker {
	id: number;
	content: string;
	frontmatter?: Record<string, unknown>;
	fileURL?: string;
}
export type FromWorker =
	| { type: 'done'; id: number; result: MarkdownRenderResult }
	| { type: 'failed'; id: number; message: string; stack?: string }
	| { type: 'print'; level: 'log' | 'warn' | 'error'; text: string };

/** Notes queued on the worker before this thread takes the next one itself. */
const WORKER_QUEUE = 4;
/** A worker idle this long is stopped: after the content sync it would only hold memory. */
const IDLE_MS = 300;
/** Renders asked for this close together are a burst (a folder being synced), worth a second thread. */
const BURST_MS = 100;

/**
 * `local` renders on this thread; `shared` (Astro's renderer options, plain data) is what the worker
 * builds its own renderer from. A lone render (a note edited in dev) stays on this thread; in a burst
 * (Astro syncing a folder) the worker takes a note whenever it has room, this thread the others.
 */
export function withWorkerThread(local: MarkdownRenderer, shared: unknown): MarkdownRenderer {
	let worker: Worker | undefined;
	let idle: NodeJS.Timeout | undefined;
	let lastCall = -Infinity;
	let nextId = 0;
	const waiting = new Map<number, { resolve: (result: MarkdownRenderResult) => void; reject: (error: Error) => void }>();

	const stop = () => {
		void worker?.terminate();
		worker = undefined;
	};
	const fail = (error: Error) => {
		for (const { reject } of waiting.values()) reject(error);
		waiting.clear();
		stop();
	};
	const start = (): Worker => {
		const thread = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: shared });
		thread.on('message', (message: FromWorker) => {
			if (message.type === 'print') return void console[message.level](message.text);
			const job = waiting.get(message.id);
			waiting.delete(message.id);
			if (message.type === 'done') job?.resolve(message.result);
			else job?.reject(Object.assign(new Error(message.message), { stack: message.stack }));
			if (waiting.size === 0) idle = setTimeout(stop, IDLE_MS);
		});
		thread.on('error', fail);
		thread.on('exit', (code) => {
			if (waiting.size > 0) fail(new Error(`the Markdown worker thread stopped (exit code ${code})`));
		});
		return thread;
	};

	return {
		async render(content, options = {}) {
			const now = performance.now();
			const burst = now - lastCall < BURST_MS;
			lastCall = now;
			if (burst && waiting.size < WORKER_QUEUE) {
				clearTimeout(idle);
				worker ??= start();
				const id = nextId++;
				const message: ToWorker = { id, content, frontmatter: options.frontmatter, fileURL: options.fileURL?.href };
				const result = new Promise<MarkdownRenderResult>((resolve, reject) => waiting.set(id, { resolve, reject }));
				worker.postMessage(message);
				return result;
			}
			return local.render(content, options);
		},
	};
}
