/** The Markdown pipeline, in order: how a note's body becomes HTML (used for .md and .mdx). */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { siteUrl } from '../lib/site-url.ts';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';
import { basePath } from '../lib/base-path.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeMath, { katexOptions } from './rehype-math.ts';
import rehypeNoteLinks from './rehype-note-links.ts';
import rehypeRawHtml from './rehype-raw-html.ts';
import rehypeReport from './rehype-report.ts';
import rehypeSanitizeHtml from './rehype-sanitize-html.ts';
import remarkBilingual from './remark-bilingual.ts';
import remarkBilingualHeadings from './remark-bilingual-headings.ts';
import remarkFootnoteLabels from './remark-footnote-labels.ts';
import remarkPageData from './remark-page-data.ts';
import remarkSections from './remark-sections.ts';
import remarkSummary from './remark-summary.ts';
import { notesDir } from '../lib/notes-dir.ts';
import remarkTypography from './remark-typography.ts';

/** The site's host, as in astro.config.mjs (`site`), so absolute links to it stay in the tab. */
const siteHost = new URL(siteUrl).host;

const remarkPlugins: RemarkPlugins = [
	// First, where Astro's own SmartyPants pass would run (turned off in `processorOptions`).
	remarkTypography,
	remarkMath,
	remarkDirective,
	remarkFootnoteLabels,
	remarkBilingual,
	remarkSections,
	remarkBilingualHeadings,
	remarkPageData,
	remarkSummary,
];

/** The rehype plugins, KaTeX's HTML as `raw` nodes (`.md`, see rehype-math) or as elements (MDX). */
const rehypePluginsWith = (rawMath: boolean): RehypePlugins => [
	// Raw HTML becomes elements first, so everything after sees real elements.
	rehypeRawHtml,
	// Before KaTeX, so KaTeX's own output need not pass the allowlist.
	rehypeSanitizeHtml,
	[rehypeMath, { ...katexOptions, raw: rawMath }],
	// After sanitizing (its data-note survives) and before external links (an arXiv link to a note here is not external).
	[rehypeNoteLinks, { notesDir, siteHost }],
	[rehypeBaseLinks, { base: basePath }],
	[rehypeExternalLinks, { siteHost }],
	rehypeHeadingAnchors,
	// Last: prints every warning above with the note's path and line.
	rehypeReport,
];

/** For `.md` notes (`renderer.ts`). */
export const markdownPlugins = { remarkPlugins, rehypePlugins: rehypePluginsWith(true) };

/** For `.mdx` notes, through Astro's `unified()` processor: the plugins, and Astro's own SmartyPants off, as remarkTypography does it. */
export const processorOptions = { remarkPlugins, rehypePlugins: rehypePluginsWith(false), smartypants: false };
