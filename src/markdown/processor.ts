/** The site's Markdown processor for astro.config.mjs: Astro's unified processor with the plugins of `index.ts`, rendering notes on two threads. */
import { unified, type AstroMarkdownOptions, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { processorOptions } from './index.ts';
import { withWorkerThread } from './render-pool.ts';

export function notesProcessor(): MarkdownProcessor {
	const processor = unified(processorOptions);
	return {
		...processor,
		async createRenderer(shared: AstroMarkdownOptions) {
			return withWorkerThread(await processor.createRenderer(shared), shared);
		},
	};
}
