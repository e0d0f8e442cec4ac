/** A worker thread of `render-pool.ts`: renders notes' Markdown with the site's own processor, and hands back what it prints. */
import { unified } from '@astrojs/markdown-remark';
import { format } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import { processorOptions } from './index.ts';
import type { FromWorker, ToWorker } from './render-pool.ts';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

// Warnings (rehype-report) go through the main thread, in order with the results, so none is lost when the worker stops.
for (const level of ['log', 'warn', 'error'] as const) console[level] = (...args: unknown[]) => send({ type: 'print', level, text: format(...args) });

const renderer = await unified(processorOptions).createRenderer(workerData);
port.on('message', async ({ id, content, frontmatter, fileURL }: ToWorker) => {
	try {
		const result = await renderer.render(content, { frontmatter, fileURL: fileURL === undefined ? undefined : new URL(fileURL) });
		send({ type: 'done', id, result });
	} catch (error) {
		const { message, stack } = error instanceof Error ? error : new Error(String(error));
		send({ type: 'failed', id, message, stack });
	}
});
