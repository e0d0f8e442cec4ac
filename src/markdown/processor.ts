/** The site's Markdown processor for astro.config.mjs: `.md` notes by `renderer.ts`, in two processes while a folder syncs; `.mdx` by Astro's unified processor. Both with the plugins of `index.ts`. */
import { unified, type AstroMarkdownOptions, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownPlugins, processorOptions } from './index.ts';
import { createNotesRenderer } from './renderer.ts';
import { withHelperProcess } from './render-pool.ts';

export function notesProcessor(): MarkdownProcessor {
	return {
		...unified(processorOptions),
		async createRenderer(shared: AstroMarkdownOptions) {
			return withHelperProcess(createNotesRenderer(shared, markdownPlugins), shared);
		},
	};
}
