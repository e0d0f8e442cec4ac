/** The site's Markdown processor for astro.config.mjs: Astro's unified processor with the plugins of `index.ts`, rendering notes in two processes (the second while a folder syncs). */
import { unified, type AstroMarkdownOptions, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { processorOptions } from './index.ts';
import { withHelperProcess } from './render-pool.ts';

export function notesProcessor(): MarkdownProcessor {
	const processor = unified(processorOptions);
	return {
		...processor,
		async createRenderer(shared: AstroMarkdownOptions) {
			return withHelperProcess(await processor.createRenderer(shared), shared);
		},
	};
}
