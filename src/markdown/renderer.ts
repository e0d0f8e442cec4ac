/**
 * The renderer of `.md` notes: Astro's unified pipeline (as `createMarkdownProcessor` of @astrojs/markdown-remark 7.3
 * builds it, GFM on, SmartyPants off: remark-typography does it) with the plugins of `index.ts`, less its closing rehype-raw pass. That pass parses the whole finished
 * tree as HTML again, a sixth of the Markdown's time, and finds nothing to do: rehype-raw-html already turned the
 * notes' raw HTML into elements before the sanitizer, and the only raw HTML after it is KaTeX's (rehype-math).
 */
import {
	markdownConfigDefaults,
	rehypeHeadingIds,
	rehypePrism,
	rehypeShiki,
	remarkCollectImages,
	type AstroMarkdownOptions,
	type MarkdownRenderer,
	type RehypePlugins,
	type RemarkPlugins,
} from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';

/** Astro's plugin that hands a note's images to its image service (`__ASTRO_IMAGE_`); the package does not export it. */
const { rehypeImages } = (await import(new URL('./rehype-images.js', import.meta.resolve('@astrojs/markdown-remark')).href)) as {
	rehypeImages: Plugin<[], Root>;
};

interface NotesRendererOptions {
	remarkPlugins: RemarkPlugins;
	rehypePlugins: RehypePlugins;
}

/** `shared` is what Astro gives every renderer (highlighting, images); `plugins` the site's own. */
export function createNotesRenderer(shared: AstroMarkdownOptions, plugins: NotesRendererOptions): MarkdownRenderer {
	const { syntaxHighlight = markdownConfigDefaults.syntaxHighlight, shikiConfig = markdownConfigDefaults.shikiConfig } = shared;
	const pipeline = unified().use(remarkParse).use(remarkGfm);
	for (const plugin of plugins.remarkPlugins) pipeline.use(...((Array.isArray(plugin) ? plugin : [plugin]) as [Plugin]));
	pipeline.use(remarkCollectImages, shared.image).use(remarkRehype, { allowDangerousHtml: true, passThrough: [] });
	const highlight = typeof syntaxHighlight === 'object' ? syntaxHighlight : { type: syntaxHighlight, excludeLangs: undefined };
	if (highlight.type === 'shiki') pipeline.use(rehypeShiki, shikiConfig, highlight.excludeLangs);
	else if (highlight.type === 'prism') pipeline.use(rehypePrism, highlight.excludeLangs);
	for (const plugin of plugins.rehypePlugins) pipeline.use(...((Array.isArray(plugin) ? plugin : [plugin]) as [Plugin]));
	pipeline.use(rehypeImages).use(rehypeHeadingIds).use(rehypeStringify, { allowDangerousHtml: true });

	return {
		async render(content, options) {
			const file = new VFile({ value: content, path: options?.fileURL, data: { astro: { frontmatter: options?.frontmatter ?? {} } } });
			const result = await pipeline.process(file).catch((error: Error) => {
				error.message = `Failed to parse Markdown file "${file.path}":\n${error.message}`;
				throw error;
			});
			const astro = result.data.astro;
			return {
				code: String(result.value),
				metadata: {
					headings: astro?.headings ?? [],
					localImagePaths: astro?.localImagePaths ?? [],
					remoteImagePaths: astro?.remoteImagePaths ?? [],
					frontmatter: astro?.frontmatter ?? {},
				},
			};
		},
	};
}
