/** The helper process of `render-pool.ts`: renders notes' Markdown with the site's own processor, and hands back what it prints. */
import type { AstroMarkdownOptions, MarkdownRenderer } from '@astrojs/markdown-remark';
import { format } from 'node:util';
import { markdownPlugins } from './index.ts';
import { useNoteIndex } from './note-index.ts';
import { createNotesRenderer } from './renderer.ts';
import type { FromHelper, ToHelper } from './render-pool.ts';

const send = (message: FromHelper) => process.send!(message);

// Warnings (rehype-report) go through the main process, in order with the results.
for (const level of ['log', 'warn', 'error'] as const) console[level] = (...args: unknown[]) => send({ type: 'print', level, text: format(...args) });

let renderer: MarkdownRenderer | undefined;
process.on('message', async (message: ToHelper) => {
	if ('shared' in message) {
		useNoteIndex(message.noteIndex);
		renderer = createNotesRenderer(message.shared as AstroMarkdownOptions, markdownPlugins);
		return;
	}
	const { id, content, frontmatter, fileURL } = message;
	try {
		const result = await renderer!.render(content, { frontmatter, fileURL: fileURL === undefined ? undefined : new URL(fileURL) });
		send({ type: 'done', id, result });
	} catch (error) {
		const { message: text, stack } = error instanceof Error ? error : new Error(String(error));
		send({ type: 'failed', id, message: text, stack });
	}
});
