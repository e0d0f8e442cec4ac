/** remark plugin: records the table of contents (h2/h3 with their ids and both languages) and whether the note has math, for the page. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type {} from 'mdast-util-to-hast'; // types only: `hProperties`, hast `raw` nodes
import type { VFile } from 'vfile';
import { headingHalves, type HeadingText } from './remark-bilingual-headings.ts';

export interface TocEntry extends HeadingText {
	depth: number;
	/** The heading's id in the HTML. */
	id: string;
}

/** What the pipeline adds to `remarkPluginFrontmatter` (from `render()`). */
export interface NotePageData {
	/** Headings whose sections have no text yet; they are not in the HTML. */
	pendingSections: HeadingText[];
	/** The h2 and h3 headings of the HTML, in order. */
	toc: TocEntry[];
	/** Whether the note has any inline or display math (so the page needs the KaTeX stylesheet). */
	hasMath: boolean;
	/** Ids of the other notes this note links to (rehype-note-links), sorted. */
	noteLinks: string[];
	/** The opening lines of the note's first section (its abstract), in each language (remark-summary). */
	summary: HeadingText;
}

/** The page data of a file (Astro's `file.data.astro.frontmatter`), created when missing. */
export function pageData(file: VFile): Partial<NotePageData> {
	const astro = (file.data.astro ??= {});
	return (astro.frontmatter ??= {}) as Partial<NotePageData>;
}

export default function remarkPageData() {
	return (tree: Root, file: VFile) => {
		const toc: TocEntry[] = [];
		let hasMath = false;
		visit(tree, (node) => {
			if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
			if (node.type === 'code' && node.lang === 'math') hasMath = true;
			if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
				const id = node.data?.hProperties?.id;
				if (typeof id === 'string') toc.push({ depth: node.depth, id, ...headingHalves(node) });
			}
		});
		const data = pageData(file);
		data.toc = toc;
		data.hasMath = hasMath;
		data.pendingSections ??= [];
	};
}
